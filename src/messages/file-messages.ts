// Messages about files other than the data: the organisation's fonts, the output folder and its lock.
import type { Params } from "./context.js";
import { bytes, has, own, part } from "./words.js";

const FACES: Record<string, string> = { regular: "chữ thường", bold: "chữ đậm", italic: "chữ nghiêng", boldItalic: "chữ đậm nghiêng" };
const TTF_HINT = "Hãy chỉ ra tệp .ttf của phông Times New Roman (trên Windows ở C:\\Windows\\Fonts: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).";

const FONT: Record<string, (p: Params) => string> = {
  not_found: () => "không tồn tại. Hãy kiểm tra lại đường dẫn trong tệp cấu hình.",
  permission: () => "không đọc được vì không có quyền. Hãy cấp quyền đọc tệp hoặc chép tệp sang thư mục khác.",
  directory: () => `là một thư mục, không phải tệp phông chữ. ${TTF_HINT}`,
  not_regular: () => `không phải tệp thông thường (thiết bị hoặc đường ống như /dev/zero) nên không được đọc. ${TTF_HINT}`,
  too_large: (p) => `lớn hơn giới hạn${part(p.max, () => ` ${bytes(p.max)}`)} của một tệp phông chữ nên không thể là phông thật. ${TTF_HINT}`,
  not_font: () => `không phải tệp phông chữ TrueType (.ttf). ${TTF_HINT}`,
  cff: () => "là phông OpenType dạng CFF (.otf); chương trình chỉ nhúng được phông TrueType. Hãy dùng bản .ttf của phông.",
  collection: () => "là bộ nhiều phông trong một tệp (.ttc). Hãy dùng tệp .ttf riêng của từng kiểu chữ.",
  truncated: () => "bị hỏng hoặc không đầy đủ (có thể do sao chép bị ngắt giữa chừng). Hãy chép lại tệp phông từ máy gốc.",
  no_vietnamese: () => "không có đủ chữ tiếng Việt (như Đ, ư, ệ) nên văn bản sẽ in sai. Hãy dùng phông Times New Roman bản Unicode.",
};

export function fontMessage(p: Params): string {
  const face = own(FACES, p.face);
  const what = `tệp phông${face ? ` ${face}` : " chữ"}${part(p.font, (f) => ` "${f}"`)}`;
  return `${what} ${own(FONT, p.reason)?.(p) ?? "không đọc được. Hãy kiểm tra tệp còn tồn tại và không bị hỏng."}`;
}

const OUTPUT: Record<string, string> = {
  not_dir: "trong đường dẫn có một tệp (không phải thư mục) nên không tạo được thư mục này. Hãy chọn thư mục kết quả khác hoặc đổi tên tệp đang trùng.",
  permission: "không có quyền ghi vào thư mục này. Hãy chọn thư mục khác (ví dụ trong thư mục Tài liệu của bạn) hoặc nhờ người quản trị cấp quyền ghi.",
  read_only: "thư mục nằm trên ổ chỉ đọc (đĩa CD, ổ mạng hoặc USB bị khóa ghi). Hãy chọn thư mục trên ổ ghi được.",
  no_space: "ổ đĩa đã đầy. Hãy giải phóng dung lượng (hoặc chọn ổ khác) rồi chạy lại lệnh với --resume để làm tiếp phần còn lại.",
  quota: "đã hết hạn mức dung lượng được cấp trên ổ đĩa. Hãy giải phóng dung lượng rồi chạy lại lệnh với --resume.",
  too_many_files: "hệ thống đang mở quá nhiều tệp. Hãy đóng bớt chương trình rồi chạy lại lệnh với --resume.",
};

export function outputMessage(p: Params): string {
  const where = `không ghi được vào thư mục kết quả${part(p.folder, (f) => ` "${f}"`)}`;
  return `${where}: ${own(OUTPUT, p.reason) ?? `lỗi ghi tệp${part(p.errno, (e) => ` (${e})`)}. Hãy kiểm tra ổ đĩa rồi chạy lại lệnh với --resume.`}`;
}

export function lockMessage(p: Params): string {
  const who = has(p.pid) ? ` (tiến trình ${p.pid}${part(p.host, (h) => ` trên máy ${h}`)}${part(p.since, (s) => `, từ ${s}`)})` : "";
  return (
    `thư mục kết quả${part(p.folder, (f) => ` "${f}"`)} đang được một lệnh khác dùng${who}. Hai lệnh ghi cùng một thư mục sẽ làm sai danh sách tệp đã tạo. ` +
    `Hãy đợi lệnh kia xong rồi chạy lại, hoặc chọn thư mục kết quả khác. Nếu chắc chắn không còn lệnh nào chạy, hãy xóa tệp${part(p.lock, (l) => ` "${l}"`)}.`
  );
}
