// The one table of clerk messages, keyed by issue code; a new code fails compilation until added here.
import type { MessageTable } from "./context.js";
import { invalidTypeMessage, parseErrorMessage, tooBigMessage, tooSmallMessage } from "./detail-messages.js";
import { configMessage, invalidValueMessage, isoToShort, serviceLeftMessage, yearOf } from "./value-messages.js";
import { bytes, has, joinOr, num, own, part, typeWord } from "./words.js";

const UNREADABLE: Record<string, string> = {
  not_found: "không tìm thấy tệp. Hãy kiểm tra lại tên và đường dẫn của tệp.",
  permission: "không có quyền đọc tệp. Hãy kiểm tra quyền truy cập, hoặc đóng chương trình đang mở tệp rồi thử lại.",
  directory: "đây là một thư mục, không phải tệp. Hãy chỉ ra tệp dữ liệu cần dùng.",
  encoding:
    "tệp không được lưu ở bảng mã UTF-8 (có thể đang dùng bảng mã cũ như TCVN3 hoặc VNI). Hãy mở tệp và lưu lại với bảng mã UTF-8.",
};
const INPUT_TYPES = ".json, .yaml, .yml";
const Q65 = "theo Quy định 65-QĐ/TW";

const allowedList = (list: unknown): string => joinOr(String(has(list) ? list : INPUT_TYPES).split(", "));
const choose = (list: unknown, noun: string, otherwise: string): string =>
  has(list) ? `Hãy ghi một trong các ${noun}: ${list}.` : otherwise;

export const MESSAGES: MessageTable = {
  no_input_files: () =>
    `không tìm thấy tệp dữ liệu nào (${INPUT_TYPES}) theo đường dẫn này. Hãy kiểm tra lại đường dẫn và tên tệp.`,
  file_unreadable: (p) =>
    own(UNREADABLE, p.reason) ?? "không đọc được tệp. Hãy kiểm tra tệp còn tồn tại và không bị hỏng, rồi thử lại.",
  file_too_large: (p) =>
    has(p.maxRecords)
      ? `tệp có${part(p.records, (n) => ` ${num(Number(n))}`)} bản ghi, vượt giới hạn ${num(p.maxRecords)} bản ghi cho một tệp. Hãy tách thành nhiều tệp nhỏ hơn.`
      : `tệp có dung lượng${part(p.size, () => ` ${bytes(p.size)},`)} vượt giới hạn${has(p.max) ? ` ${bytes(p.max)}` : " cho phép"}. Hãy tách dữ liệu thành nhiều tệp nhỏ hơn.`,
  file_unsupported: (p) =>
    `${has(p.ext) ? `định dạng tệp "${p.ext}"` : "định dạng của tệp này"} không được hỗ trợ. Hãy lưu dữ liệu thành tệp ${allowedList(p.allowed)}.`,
  file_empty: () => "tệp không có bản ghi nào nên không có văn bản nào được tạo. Hãy kiểm tra lại nội dung tệp.",
  parse_error: (p) => parseErrorMessage(p),
  record_not_object: (p) =>
    `bản ghi phải là một nhóm trường (các cặp tên trường và giá trị)${part(p.type, (t) => ` nhưng đang là ${typeWord(t)}`)}. Hãy ghi lại bản ghi theo đúng mẫu.`,
  unknown_kind: (p) =>
    `loại văn bản${part(p.kind, (k) => ` "${k}"`)} không có trong hệ thống. ` +
    choose(p.known ?? p.options, "loại", "Hãy kiểm tra lại tên loại văn bản."),
  kind_missing: (p) =>
    "chưa cho biết loại văn bản. " +
    (has(p.known ?? p.options) ? `Hãy thêm trường này với một trong các giá trị: ${p.known ?? p.options}.` : "Hãy thêm trường này."),
  unknown_profile: (p) =>
    `thể thức${part(p.profile, (x) => ` "${x}"`)} không có trong hệ thống. ` +
    choose(p.allowed ?? p.options, "thể thức", "Hãy kiểm tra lại tên thể thức."),
  profile_not_allowed: (p) =>
    `thể thức${part(p.profile, (x) => ` "${x}"`)} không dùng được cho loại văn bản này. ` +
    choose(p.options ?? p.allowed, "thể thức", "Hãy ghi thể thức khác."),
  required: (p, ctx) => {
    const when = has(p.profile) ? ` với thể thức "${p.profile}"` : has(p.mode) ? ` khi "${ctx.sibling("mode")}" là "${p.mode}"` : "";
    return `${when ? `trường này bắt buộc${when} nhưng ` : ""}chưa có giá trị. Hãy điền thông tin vào trường này.`;
  },
  invalid_type: (p) => invalidTypeMessage(p),
  unknown_key: (p, ctx) => {
    if (p.reserved) return "tên trường này bị cấm vì lý do an toàn nên đã bị bỏ qua. Hãy xóa trường này khỏi tệp.";
    if (p.wrapper) return 'tệp có danh sách "records" thì chỉ được có thêm trường "$schema". Hãy xóa trường này hoặc chuyển vào từng bản ghi.';
    const form = ctx.kind ? `mẫu "${ctx.kind.meta.title}"` : "mẫu văn bản";
    return `trường này không có trong ${form}. Hãy xóa đi hoặc sửa lại tên trường cho đúng (phân biệt chữ hoa, chữ thường).`;
  },
  too_small: (p) => tooSmallMessage(p),
  too_big: (p) => tooBigMessage(p),
  invalid_value: (p) => invalidValueMessage(p),
  invalid_date: (p) => {
    const year = yearOf(p.value);
    if (year < 1900 || year > 2200) return `ngày "${p.value}" có năm nằm ngoài khoảng 1900–2200. Hãy kiểm tra lại năm.`;
    return `ngày${part(p.value, (v) => ` "${v}"`)} không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.`;
  },
  invalid_format: (p) =>
    has(p.format) && p.format !== "date"
      ? `giá trị${part(p.value, (v) => ` "${v}"`)} không đúng định dạng yêu cầu. Hãy kiểm tra lại.`
      : `${has(p.value) ? `"${p.value}"` : "giá trị"} không đúng dạng ngày. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/09/1980.`,
  nfd_text: () =>
    "chữ tiếng Việt được lưu ở dạng tổ hợp (NFD) và đã được tự động chuyển sang dạng dựng sẵn (NFC); nội dung không đổi. " +
    "Nên kiểm tra tệp nguồn hoặc đặt bộ gõ (Unikey, EVKey) dùng bảng mã Unicode dựng sẵn.",
  control_chars: (p) =>
    `có ký tự điều khiển ẩn${part(p.char, (c) => ` (${c})`)} không được phép, thường do sao chép từ phần mềm khác. Hãy xóa ký tự này hoặc gõ lại nội dung.`,
  rotation_too_short: (p, ctx) =>
    `thời gian luân chuyển${part(p.months, (m) => ` ${m} tháng`)}, ít hơn mức tối thiểu${part(p.min, (m) => ` ${m} tháng`)} ${Q65}. ` +
    `Hãy ghi${part(p.min, (m) => ` từ ${m} tháng trở lên`)}${has(p.min) ? "" : " thời gian dài hơn"}; nếu là trường hợp đặc biệt, ` +
    `hãy đặt "${ctx.sibling("exception")}" là true và ghi "${ctx.sibling("exceptionReason")}".`,
  exception_reason_missing: (_p, ctx) =>
    `đã đánh dấu "${ctx.sibling("exception")}" nhưng chưa ghi lý do. Hãy ghi rõ lý do vào trường này.`,
  service_left_short: (p) => serviceLeftMessage(p),
  district_unit_after_reform: (p) =>
    `${has(p.word) ? `có từ "${p.word}" chỉ đơn vị cấp huyện` : "có tên đơn vị cấp huyện"}, nhưng cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025 ` +
    "(chính quyền địa phương hai cấp). Hãy ghi lại tên đơn vị theo tổ chức hiện hành.",
  start_before_decision: (p) =>
    `ngày bắt đầu luân chuyển${part(p.start, (d) => ` (${d})`)} sớm hơn ngày ban hành quyết định${part(p.decision, (d) => ` (${d})`)}. ` +
    "Hãy kiểm tra lại hai ngày này.",
  duplicate_output: (p) => {
    const other = has(p.record) ? `bản ghi ${p.record}${part(p.file, (f) => ` của tệp ${f}`)}` : "một văn bản khác";
    return (
      `văn bản này trùng tên tệp kết quả${part(p.name, (n) => ` "${n}"`)} với ${other} nên không được tạo. ` +
      "Hãy kiểm tra số và ngày văn bản, tránh nhập một văn bản hai lần."
    );
  },
  template_error: (p) =>
    `không dựng được văn bản từ mẫu${part(p.template, (t) => ` "${t}"`)}${part(p.line, (l) => ` (dòng ${l} của mẫu)`)}. ` +
    "Đây là lỗi của mẫu văn bản, không phải của dữ liệu đã nhập; hãy báo cho người quản trị hệ thống.",
  no_version_for_date: (p) =>
    `chưa có mẫu văn bản nào áp dụng cho ${has(p.date) ? `ngày ${p.date}` : "ngày ban hành này"}` +
    `${part(p.first, (f) => `; mẫu sớm nhất áp dụng từ ngày ${isoToShort(f)}`)}. Hãy kiểm tra lại ngày ban hành.`,
  authority_mode_not_allowed: (p) =>
    `thẩm quyền ký${part(p.mode, (m) => ` "${m}"`)} không dùng được với ${has(p.profile) ? `thể thức "${p.profile}"` : "thể thức này"}. ` +
    choose(p.options, "giá trị", "Hãy ghi thẩm quyền ký khác."),
  unsupported_char: (p) =>
    `văn bản có ký tự mà phông chữ không thể hiển thị${part(p.chars, (c) => `: ${c}`)}. Hãy thay bằng ký tự thông dụng hoặc xóa đi.`,
  config_invalid: (p) => configMessage(p),
};
