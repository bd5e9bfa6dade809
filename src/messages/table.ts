// The one table of clerk messages, keyed by issue code; a new code fails compilation until added here.
import type { MessageTable, Params } from "./context.js";
import { invalidTypeMessage, parseErrorMessage, tooBigMessage, tooSmallMessage } from "./detail-messages.js";
import { HTTP_MESSAGES } from "./http-messages.js";
import { configMessage, invalidValueMessage, isoToShort, serviceLeftMessage, yearOf } from "./value-messages.js";
import { fontMessage, lockMessage, outputMessage } from "./file-messages.js";
import { SERVICE_MESSAGES } from "./service-messages.js";
import { bytes, has, joinOr, num, own, part, typeWord } from "./words.js";

const UNREADABLE: Record<string, string> = {
  not_found: "không tìm thấy tệp. Hãy kiểm tra lại tên và đường dẫn của tệp.",
  permission: "không có quyền đọc tệp. Hãy kiểm tra quyền truy cập, hoặc đóng chương trình đang mở tệp rồi thử lại.",
  directory: "đây là một thư mục, không phải tệp. Hãy chỉ ra tệp dữ liệu cần dùng.",
  utf16:
    'tệp được lưu ở bảng mã UTF-16 ("Unicode Text" của Excel) nhưng không đọc trọn được (tệp bị cắt dở?). Hãy mở lại tệp Excel gốc và lưu dạng "CSV UTF-8 (Comma delimited)".',
  not_regular:
    "đây không phải một tệp thông thường (có thể là thiết bị hoặc đường ống như /dev/zero) nên không được đọc. Hãy chỉ ra tệp dữ liệu được lưu trên ổ đĩa.",
  encoding:
    "tệp không được lưu ở bảng mã UTF-8 (có thể đang dùng bảng mã cũ như TCVN3 hoặc VNI). Hãy mở tệp và lưu lại với bảng mã UTF-8.",
  encrypted:
    "tệp Excel được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.",
  xls: "tệp là định dạng Excel cũ (.xls) dù mang đuôi .xlsx. Hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).",
  corrupt: "tệp bị hỏng hoặc không phải tệp Excel (.xlsx) thật. Hãy mở tệp bằng Excel để kiểm tra, rồi lưu lại dạng .xlsx.",
};
const INPUT_TYPES = ".json, .yaml, .yml, .jsonl, .xlsx, .csv";
const Q65 = "theo Quy định 65-QĐ/TW";

/** Why a workbook has no usable sheet. */
const NO_SHEET: Record<string, (p: Params) => string> = {
  missing: (p) => `không có trang${part(p.sheet, (x) => ` "${x}"`)} trong tệp${part(p.sheets, (x) => ` (các trang hiện có: ${x})`)}. Hãy kiểm tra lại tên trang.`,
  no_kind: (p) =>
    'không xác định được loại văn bản của tệp: không có cột "Loại văn bản" và tiêu đề các cột không khớp với mẫu nào. ' +
    `Hãy dùng tệp mẫu do lệnh "cadre-docs form <loại văn bản> --xlsx tệp.xlsx" tạo ra, hoặc thêm cột "Loại văn bản"${part(p.known, (k) => ` ghi một trong các loại: ${k}`)}.`,
  no_main: (p) =>
    `không tìm thấy trang dữ liệu chính${part(p.sheet, (x) => ` ("${x}")`)} có dòng tiêu đề đúng mẫu. Hãy giữ nguyên dòng tiêu đề của tệp mẫu.`,
  ignored: () => "trang này không có cột nào khớp với mẫu nên đã bị bỏ qua. Nếu trang có dữ liệu cần dùng, hãy sửa tiêu đề cột theo tệp mẫu.",
};

const otherRecord = (p: Params): string => (has(p.record) ? `bản ghi ${p.record}${part(p.file, (f) => ` của tệp ${f}`)}` : "một văn bản khác");
const allowedList = (list: unknown): string => joinOr(String(has(list) ? list : INPUT_TYPES).split(", "));
const choose = (list: unknown, noun: string, otherwise: string): string =>
  has(list) ? `Hãy ghi một trong các ${noun}: ${list}.` : otherwise;

export const MESSAGES: MessageTable = {
  no_input_files: () =>
    `không tìm thấy tệp dữ liệu nào (${INPUT_TYPES}) theo đường dẫn này (tệp, thư mục hoặc mẫu glob). Hãy kiểm tra lại đường dẫn và tên tệp.`,
  file_unreadable: (p) =>
    own(UNREADABLE, p.reason) ?? "không đọc được tệp. Hãy kiểm tra tệp còn tồn tại và không bị hỏng, rồi thử lại.",
  file_too_large: (p) =>
    p.part === "sharedStrings"
      ? `tệp Excel chứa quá nhiều chữ: phần chữ của các ô khi giải nén vượt giới hạn${has(p.max) ? ` ${bytes(p.max)}` : " cho phép"}. Hãy xóa các trang, dòng, cột thừa hoặc tách thành nhiều tệp.`
      : p.zip
      ? `tệp Excel khi giải nén${p.more ? "" : part(p.unpacked, () => ` có dung lượng ${bytes(p.unpacked)},`)} vượt giới hạn${has(p.max) ? ` ${bytes(p.max)}` : " cho phép"}. Hãy xóa bớt phần không cần (hình ảnh, trang thừa) hoặc tách thành nhiều tệp.`
      : has(p.maxRecords)
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
    const fill = has(p.options) ? `Hãy ghi một trong các giá trị: ${p.options}.` : "Hãy điền thông tin vào trường này.";
    return `${when ? `trường này bắt buộc${when} nhưng ` : ""}chưa có giá trị. ${fill}`;
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
  duplicate_output: (p) =>
    `văn bản này trùng tên tệp kết quả${part(p.name, (n) => ` "${n}"`)} với ${otherRecord(p)} nên không được tạo. ` +
    (p.numbered
      ? "Hai bản ghi có cùng số, ký hiệu và ngày văn bản: hãy kiểm tra số và ngày văn bản, tránh nhập một văn bản hai lần."
      : "Hãy ghi mã cán bộ (hoặc mã văn bản) khác nhau cho hai bản ghi, hoặc đặt tên tệp theo mẫu khác (tùy chọn --name)."),
  duplicate_record: (p) =>
    `bản ghi này giống hệt ${otherRecord(p)}${part(p.name, (n) => ` (văn bản "${n}")`)} nên không được tạo lần nữa. Hãy xóa một trong hai bản ghi.`,
  duplicate_id: (p) =>
    `mã${part(p.id, (x) => ` "${x}"`)} đã dùng cho ${otherRecord(p)}${part(p.name, (n) => ` (văn bản "${n}")`)} nên văn bản này không được tạo. ` +
    "Mỗi bản ghi cần một mã riêng: hãy kiểm tra lại mã, hoặc xóa bản ghi nhập trùng.",
  blank_form: (p) =>
    `bản ghi chưa có họ và tên nên văn bản được tạo là mẫu trống để điền tay${part(p.name, (n) => ` (tệp "${n}")`)}. ` +
    "Nếu cần văn bản của một người cụ thể, hãy điền họ và tên rồi tạo lại.",
  bundle_no_workbook: (p) =>
    `loại văn bản${part(p.kind, (k) => ` "${k}"`)} gom nhiều văn bản của các loại khác nên không có tệp Excel mẫu riêng. ` +
    `Hãy tạo tệp mẫu cho từng loại${part(p.options, (o) => ` (${o})`)} hoặc ghi hồ sơ cuối năm bằng JSON/YAML.`,
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
  render_budget_exceeded: (p) =>
    p.limit === "memory"
      ? `tạo văn bản cho bản ghi này cần quá nhiều bộ nhớ (quá ${num(p.megabytes)} MB) nên đã dừng; các bản ghi khác vẫn được tạo. ` +
        "Hãy kiểm tra bản ghi (ví dụ một đoạn chữ rất dài hoặc danh sách quá lớn), sửa rồi chạy lại; nếu dữ liệu đúng là rất lớn, hãy tăng giới hạn bằng tùy chọn --record-memory."
      : `tạo văn bản cho bản ghi này mất quá nhiều thời gian (quá ${num(p.seconds)} giây) nên đã dừng; các bản ghi khác vẫn được tạo. ` +
        "Hãy kiểm tra bản ghi (ví dụ một đoạn chữ rất dài hoặc danh sách quá lớn), sửa rồi chạy lại; nếu dữ liệu đúng là rất lớn, hãy tăng giới hạn bằng tùy chọn --record-timeout.",
  render_retries_exhausted: (p) =>
    `không tạo được văn bản cho bản ghi này sau ${has(p.tries) ? `${num(p.tries)} lần thử` : "nhiều lần thử"} (lỗi của máy tạo văn bản, không phải lỗi dữ liệu đã biết); bản ghi không được thử lại nữa. ` +
    "Hãy báo quản trị viên xem nhật ký của các tiến trình cadre-docs worker, rồi gửi lại riêng bản ghi này.",
  bundle_not_single: (p) =>
    `bản ghi này là ${has(p.kind) ? `"${p.kind}"` : "một bộ hồ sơ"}, gồm nhiều văn bản, nên không tạo được thành một văn bản hay một bản nháp. ` +
    "Hãy tạo cả bộ bằng lệnh cadre-docs render (mỗi văn bản một tệp, trong thư mục của đơn vị) hoặc gửi tệp lên máy chủ dạng lô văn bản chính thức; muốn có bản nháp thì ghi mỗi văn bản của bộ hồ sơ thành một bản ghi riêng.",
  excellent_quota_exceeded: (p) =>
    `số người được cấp có thẩm quyền xếp loại "Hoàn thành xuất sắc nhiệm vụ"${part(p.excellent, (n) => ` là ${n}`)}` +
    (has(p.percent)
      ? `, bằng ${Number(p.percent).toFixed(1).replace(".", ",")}% số người xếp loại "Hoàn thành tốt nhiệm vụ"${part(p.good, (n) => ` (${n} người)`)}`
      : has(p.good) ? `, trong khi số người xếp loại "Hoàn thành tốt nhiệm vụ" là ${p.good}` : "") +
    `, vượt tỷ lệ tối đa ${has(p.limit) ? `${p.limit}%` : "cho phép"}${part(p.max, (n) => ` (không quá ${n} người)`)}. ` +
    "Kết quả xếp loại của từng người được giữ nguyên như dữ liệu đã nhập; hãy đề nghị cấp có thẩm quyền xem xét lại trước khi ký.",
  self_review_variant_conflict: (p, ctx) =>
    `mẫu${part(p.variant, (v) => ` "${v}"`)} không khớp với các trường "${ctx.sibling("isLeader")}" và "${ctx.sibling("inPoliticalSystem")}"` +
    `${part(p.derived, (d) => `, theo đó phải dùng mẫu "${d}"`)}. Hãy sửa lại mẫu hoặc các trường đó cho thống nhất.`,
  self_review_form_c_before_2025: (p) =>
    "mẫu 2C (đảng viên không công tác trong hệ thống chính trị) chỉ có từ Hướng dẫn 43-HD/BTCTW, áp dụng cho kỳ kiểm điểm từ năm 2025" +
    `${part(p.year, (y) => `; kỳ kiểm điểm năm ${y}`)}${part(p.guide, (g) => ` theo ${g}`)} chỉ có mẫu 02A và 02B. ` +
    "Hãy dùng mẫu 02A (hoặc 02B nếu giữ chức vụ lãnh đạo, quản lý), hoặc kiểm tra lại năm kiểm điểm.",
  self_review_points_not_scored: (p) =>
    "việc chấm điểm theo thang 100 điểm (Quy định 366-QĐ/TW) chỉ áp dụng từ kỳ kiểm điểm năm 2025" +
    `${part(p.year, (y) => `; kỳ kiểm điểm năm ${y}`)}${part(p.guide, (g) => ` theo ${g}`)} không chấm điểm. Hãy xóa số điểm, hoặc kiểm tra lại năm kiểm điểm.`,
  self_review_points_sum: (p) =>
    `tổng điểm tự chấm là ${num(p.points)} điểm nhưng hai nhóm tiêu chí cộng lại là ${num(p.sum)} điểm (nhóm tiêu chí chung ${num(p.general)}, nhóm kết quả thực hiện nhiệm vụ ${num(p.tasks)}). ` +
    "Hãy sửa cho tổng điểm bằng điểm hai nhóm cộng lại, hoặc chỉ ghi điểm của hai nhóm.",
  self_review_points_level_mismatch: (p) =>
    `mức tự xếp loại${part(p.given, (g) => ` "${g}"`)} không khớp với số điểm tự chấm` +
    `${has(p.points) ? `: ${num(p.points)} điểm` : ""}${part(p.band, (b) => ` (${b})`)} là mức${part(p.expected, (e) => ` "${e}"`)} theo Quy định 366-QĐ/TW. ` +
    "Hãy sửa lại mức tự xếp loại hoặc số điểm cho thống nhất.",
  self_review_not_in_form: (p) =>
    `mẫu${part(p.form, (f) => ` ${f}`)} không có mục này nên nội dung đã nhập sẽ không được in ra. ` +
    (p.what === "identity"
      ? "Mẫu 2C chỉ ghi họ và tên, ngày sinh, đơn vị công tác và chi bộ; hãy xóa nội dung này, hoặc dùng mẫu 2A, 2B nếu người kiểm điểm công tác trong hệ thống chính trị."
      : "Nếu người kiểm điểm giữ chức vụ lãnh đạo, quản lý, hãy dùng mẫu B; nếu không, hãy xóa nội dung này."),
  commitment_breakthrough_too_many: (p) =>
    `đã đăng ký${part(p.count, (n) => ` ${n}`)} việc đột phá, sáng tạo, nhiều hơn mức tối đa${part(p.max, (m) => ` ${m}`)} việc. ` +
    "Hãy chọn lại những việc quan trọng nhất (từ 1 đến 2 việc).",
  commitment_breakthrough_missing: () =>
    "bản đăng ký nêu gương của cán bộ lãnh đạo, quản lý phải có ít nhất 1 việc đột phá, sáng tạo (tối đa 2 việc). Hãy bổ sung việc đăng ký.",
  record_too_large: (p) =>
    `dòng dữ liệu dài${part(p.size, () => ` ${bytes(p.size)}`)}, vượt giới hạn${has(p.max) ? ` ${bytes(p.max)}` : ""} cho một bản ghi nên đã bị bỏ qua. ` +
    "Hãy kiểm tra dòng này (có thể nhiều bản ghi bị ghi liền trên một dòng) và tách thành từng dòng riêng.",
  assessment_version_subject: (p) => {
    const who = own({ "can-bo": "cán bộ", "cong-chuc": "công chức", "vien-chuc": "viên chức" }, p.subject) ?? "đối tượng này";
    return `mẫu phiếu${part(p.version, (v) => ` "${v}"`)} không có bản dành cho ${who}. ` +
      `${has(p.options) ? `Hãy ghi một trong các phiên bản dành cho ${who}: ${p.options}, hoặc xóa` : "Hãy xóa"} trường này để chương trình tự chọn mẫu theo năm đánh giá.`;
  },
  assessment_not_applicable: (p, ctx) =>
    own(
      {
        points: "phiếu của năm này đánh giá bằng nhận xét, không chấm điểm (thang 100 điểm chỉ áp dụng cho công chức từ năm 2026 theo Nghị định 335/2025/NĐ-CP) nên số điểm đã nhập không được in ra. Hãy xóa số điểm nếu không cần.",
        selfAssessment: "phiếu chấm điểm theo Nghị định 335/2025/NĐ-CP không có các mục tự đánh giá bằng lời của mẫu cũ nên nội dung này không được in ra. Hãy ghi điểm vào phần điểm tự chấm và nhận xét vào phần tự nhận xét ưu, khuyết điểm.",
        deputy: "Mẫu 01 (cán bộ) không có phần nhận xét dành cho cấp phó của người đứng đầu nên trường này được bỏ qua.",
        service: "Mẫu 01 (cán bộ) không có mục thái độ phục vụ nhân dân, doanh nghiệp nên nội dung này không được in ra. Hãy đưa nội dung cần giữ vào mục kết quả thực hiện chức trách, nhiệm vụ được giao, hoặc xóa trường này.",
        unitCorruption: `trường hợp này chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý. Hãy đánh dấu "${own(ctx.kind?.meta.labels ?? {}, "isLeader") ?? "isLeader"}" nếu người được đánh giá là lãnh đạo, quản lý; nếu không, hãy bỏ đánh dấu trường này.`,
      },
      p.what,
    ) ?? "mẫu phiếu đã chọn không có mục này nên nội dung đã nhập không được in ra.",
  assessment_points_over_max: (p) =>
    `số điểm${part(p.given, () => ` ${num(p.given)}`)} vượt số điểm tối đa${part(p.max, () => ` ${num(p.max)}`)} của tiêu chí này. ` +
    `Hãy chấm${has(p.max) ? ` từ 0 đến ${num(p.max)} điểm` : " không quá số điểm tối đa"}.`,
  assessment_points_max_total: (p) =>
    `tổng điểm tối đa của các nhiệm vụ là${part(p.total, () => ` ${num(p.total)}`)} điểm, trong khi phần kết quả thực hiện nhiệm vụ có tối đa${part(p.expected, () => ` ${num(p.expected)}`)} điểm theo Nghị định 335/2025/NĐ-CP. ` +
    `Hãy phân bổ lại điểm tối đa của từng nhiệm vụ cho tổng đúng bằng${part(p.expected, () => ` ${num(p.expected)}`)} điểm.`,
  assessment_ranking_mismatch: (p) =>
    p.forced
      ? `mức tự xếp loại${part(p.ranking, (r) => ` "${r}"`)} không đúng: người được đánh giá thuộc trường hợp phải xếp loại "${p.derived ?? "Không hoàn thành nhiệm vụ"}"` +
        `${has(p.points) ? ` dù tổng số điểm tự chấm là ${num(p.points)} điểm` : ""} (xem cảnh báo kèm theo). ` +
        `Hãy sửa mức tự xếp loại thành "${p.derived ?? "Không hoàn thành nhiệm vụ"}", hoặc bỏ đánh dấu trường hợp đó nếu đã đánh dấu nhầm.`
      : `mức tự xếp loại${part(p.ranking, (r) => ` "${r}"`)} không khớp với tổng số điểm tự chấm${has(p.points) ? ` ${num(p.points)} điểm` : ""}` +
        `${part(p.derived, (d) => `, tương ứng mức "${d}"`)} theo Nghị định 335/2025/NĐ-CP. ` +
        `Hãy sửa mức tự xếp loại${part(p.derived, (d) => ` thành "${d}"`)} hoặc kiểm tra lại số điểm.`,
  assessment_ranking_forced: (p) => {
    const why = own(
      {
        degradation: "bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”",
        disciplined: "bị kỷ luật bằng hình thức từ khiển trách trở lên trong năm đánh giá",
        unitCorruption: "là lãnh đạo, quản lý của cơ quan, tổ chức, đơn vị liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý theo quy định của pháp luật",
      },
      p.condition,
    );
    return `người được đánh giá ${why ?? "thuộc trường hợp đã đánh dấu"}, nên mức xếp loại là "Không hoàn thành nhiệm vụ"` +
      `${has(p.points) ? ` dù tổng số điểm tự chấm là ${num(p.points)} điểm` : ""}; phiếu in mức này. Nếu đánh dấu nhầm, hãy bỏ đánh dấu trường này.`;
  },
  assessment_date_outside_year: (p) =>
    `ngày tự nhận xét${part(p.date, (d) => ` ${d}`)} không thuộc năm đánh giá${part(p.year, (y) => ` ${y}`)} hoặc năm liền sau. Hãy kiểm tra lại ngày hoặc năm đánh giá.`,
  no_data_sheet: (p) => own(NO_SHEET, p.reason)?.(p) ?? NO_SHEET.no_main!(p),
  too_many_rows: (p) =>
    p.more
      ? `trang có hơn${part(p.max, () => ` ${num(p.max)}`)} dòng, vượt giới hạn cho một trang nên không được đọc. Hãy tách dữ liệu thành nhiều tệp nhỏ hơn (hoặc xóa các dòng thừa ở cuối trang).`
      : `trang có${part(p.rows, () => ` ${num(p.rows)}`)} dòng, vượt giới hạn${part(p.max, () => ` ${num(p.max)}`)} dòng cho một trang. Hãy tách dữ liệu thành nhiều tệp nhỏ hơn.`,
  too_many_columns: (p) =>
    `trang có dữ liệu ở cột thứ${part(p.column, () => ` ${num(p.column)}`)}, vượt giới hạn${part(p.max, () => ` ${num(p.max)}`)} cột cho một trang nên không được đọc. ` +
    "Hãy xóa các cột thừa bên phải bảng, hoặc chép phần dữ liệu cần dùng sang một trang mới.",
  unknown_column: () =>
    'cột này không có trong mẫu nên đã bị bỏ qua. Nếu cột chứa dữ liệu cần dùng, hãy sửa tiêu đề cột cho đúng tên trong mẫu (xem trang "Hướng dẫn" của tệp mẫu).',
  duplicate_column: (p) => `cột này trùng với cột${part(p.other, (o) => ` "${o}"`)} (cùng một trường dữ liệu) nên bị bỏ qua. Hãy xóa bớt một cột.`,
  row_orphan: (p) =>
    has(p.parent)
      ? `dòng này ghi thứ tự mục ở trang "${p.parent}" không có thật. Hãy ghi đúng thứ tự của mục đó trong cùng văn bản.`
      : `mã bản ghi${part(p.id, (i) => ` "${i}"`)} không có ở trang chính nên dòng này không thuộc văn bản nào. Hãy ghi đúng mã bản ghi của văn bản ở trang chính.`,
  row_id_missing: (p) =>
    `dòng này chưa ghi mã bản ghi, trong khi tệp có${part(p.records, (n) => ` ${n}`)} văn bản. Hãy ghi mã bản ghi của văn bản mà dòng này thuộc về.`,
  row_conflict: (p) =>
    `các dòng cùng mã bản ghi${part(p.id, (i) => ` "${i}"`)} ghi giá trị khác nhau: "${p.value ?? ""}" ở dòng này và "${p.other ?? ""}"${part(p.otherRow, (r) => ` ở dòng ${r}`)}. ` +
    "Hãy sửa cho thống nhất, hoặc để trống ô này ở các dòng sau.",
  bad_cell: (p) =>
    p.reason === "error"
      ? `ô có lỗi công thức${part(p.error, (e) => ` (${e})`)}. Hãy sửa công thức hoặc ghi thẳng giá trị.`
      : "ô có công thức nhưng tệp không lưu kết quả đã tính. Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc ghi thẳng giá trị vào ô.",
  legacy_text_converted: (p) =>
    `chữ gõ bằng bảng mã cũ${part(p.encoding, (e) => ` ${e}`)}${part(p.original, (o) => ` ("${o}")`)} đã được tự chuyển sang Unicode${part(p.converted, (c) => ` thành "${c}"`)}. ` +
    "Hãy kiểm tra lại; nên chuyển tệp gốc sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey).",
  legacy_text_suspect: (p) =>
    `chữ${part(p.value, (v) => ` "${v}"`)} có vẻ bị lỗi phông (bảng mã cũ như TCVN3, VNI) nhưng không chuyển được một cách chắc chắn nên được giữ nguyên. ` +
    "Hãy gõ lại bằng Unicode hoặc chuyển mã bằng Unikey.",
  legacy_encoding: (p) =>
    `tệp CSV không được lưu ở bảng mã UTF-8; đã đọc theo bảng mã${part(p.encoding, (e) => ` ${e}`)}. Hãy kiểm tra chữ tiếng Việt; nên lưu lại tệp dạng "CSV UTF-8".`,
  font_invalid: (p) => fontMessage(p),
  output_unwritable: (p) => outputMessage(p),
  output_locked: (p) => lockMessage(p),
  text_lost: (p) =>
    `chữ tiếng Việt trong tệp đã bị mất khi lưu: các chữ có dấu đã thành dấu "?"${part(p.sample, (s) => ` (ví dụ "${s}")`)}, ` +
    "thường do lưu bằng Excel dạng \"CSV (Comma delimited)\" trên máy không đặt vùng tiếng Việt. Không thể khôi phục chữ từ tệp này. " +
    'Hãy mở lại tệp Excel gốc và lưu dạng "CSV UTF-8 (Comma delimited)", hoặc dùng thẳng tệp .xlsx.',
  ...HTTP_MESSAGES,
  ...SERVICE_MESSAGES,
};
