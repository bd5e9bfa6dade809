// Clerk messages of the HTTP service: requests that cannot be served as sent (server/ raises these codes).
import type { MessageTable } from "./context.js";
import { bytes, has, part } from "./words.js";

type HttpCode =
  | "request_invalid"
  | "request_too_large"
  | "unsupported_media_type"
  | "route_not_found"
  | "csrf_header_missing"
  | "unauthenticated"
  | "login_rate_limited"
  | "idempotency_key_conflict"
  | "precondition_required"
  | "internal_error"
  | "batch_not_done"
  | "batch_not_cancellable";

export const HTTP_MESSAGES: Pick<MessageTable, HttpCode> = {
  request_invalid: (p) =>
    `yêu cầu gửi lên không đọc được${part(p.reason, (r) => ` (${r})`)}. Hãy gửi nội dung JSON hợp lệ đúng mẫu của API (xem /openapi.json).`,
  request_too_large: (p) =>
    `nội dung gửi lên${part(p.size, () => ` (${bytes(p.size)})`)} vượt giới hạn${has(p.max) ? ` ${bytes(p.max)}` : " cho phép"}. Hãy tách dữ liệu thành nhiều tệp hoặc nhiều lần gửi nhỏ hơn.`,
  unsupported_media_type: (p) =>
    `kiểu nội dung${part(p.type, (t) => ` "${t}"`)} không được nhận ở địa chỉ này. Hãy gửi${part(p.expected, (e) => ` ${e}`)} theo mô tả trong /openapi.json.`,
  route_not_found: (p) =>
    `không có địa chỉ${part(p.method, (m) => ` ${m}`)}${part(p.url, (u) => ` "${u}"`)} trong API. Hãy kiểm tra lại đường dẫn (danh sách ở /openapi.json).`,
  csrf_header_missing: () =>
    'yêu cầu thay đổi dữ liệu bằng phiên đăng nhập phải kèm tiêu đề "X-Requested-With: cadre-docs". Hãy gửi lại từ ứng dụng cadre-docs, hoặc dùng mã truy cập (Bearer) cho hệ thống khác.',
  unauthenticated: () => "chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại.",
  login_rate_limited: (p) =>
    `đăng nhập sai quá nhiều lần nên tạm thời bị khóa${part(p.retryAfter, (s) => ` trong ${Math.ceil(Number(s) / 60)} phút`)}. Hãy chờ rồi thử lại, hoặc nhờ quản trị viên đặt lại mật khẩu.`,
  idempotency_key_conflict: () =>
    'khóa "Idempotency-Key" này đã được dùng cho một yêu cầu khác. Hãy dùng một khóa mới cho mỗi yêu cầu khác nhau.',
  precondition_required: () =>
    'cần gửi kèm tiêu đề "If-Match" với ETag của văn bản (nhận được khi đọc văn bản) để tránh ghi đè thay đổi của người khác. Hãy tải lại văn bản rồi sửa.',
  internal_error: (p) =>
    `có lỗi nội bộ của máy chủ (không phải lỗi dữ liệu)${part(p.errorId, (id) => `, mã lỗi ${id}`)}. Hãy thử lại; nếu vẫn lỗi, báo mã lỗi này cho quản trị viên.`,
  batch_not_done: (p) =>
    `lô văn bản chưa xử lý xong${part(p.done, (d) => ` (đã xong ${d}${part(p.records, (r) => `/${r}`)} bản ghi)`)} nên chưa có tệp để tải. Hãy chờ đến khi trạng thái là "done" rồi tải lại.`,
  batch_not_cancellable: (p) =>
    `lô văn bản này do chính máy chủ xử lý (không qua hàng đợi của các máy tạo văn bản) nên không dừng được${part(p.state, (s) => `; trạng thái hiện tại: "${s}"`)}. Hãy chờ lô xong; chỉ lô văn bản hoàn chỉnh trên PostgreSQL mới dừng được.`,
};
