// Clerk messages of the approval service: workflow refusals, administration, the database and the audit chain.
import type { MessageTable } from "./context.js";
import { has, own, part } from "./words.js";

const ACTIONS: Record<string, string> = {
  create: "tạo",
  edit: "sửa",
  comment: "góp ý cho",
  submit: "trình duyệt",
  approve: "duyệt",
  return: "trả lại",
  sign: "ký",
  number: "cho số",
  issue: "ban hành",
  cancel: "hủy",
  revoke: "thu hồi",
};
const STATES: Record<string, string> = {
  draft: "dự thảo",
  submitted: "đã trình",
  approved: "đã duyệt",
  signed: "đã ký",
  numbered: "đã cho số",
  issued: "đã ban hành",
  cancelled: "đã hủy",
  revoked: "đã thu hồi",
};
const ROLES: Record<string, string> = {
  drafter: "chuyên viên",
  approver: "lãnh đạo",
  registrar: "văn thư",
  admin: "quản trị",
};
const WHAT: Record<string, string> = {
  document: "văn bản",
  unit: "đơn vị",
  user: "người dùng",
  register: "sổ đăng ký",
  token: "mã truy cập",
  audit: "mục nhật ký",
};
const AUDIT: Record<string, string> = {
  hash: "nội dung của mục đã bị sửa (mã băm không khớp)",
  prev: "mục không nối đúng với mục liền trước (mã băm trước không khớp)",
  gap: "thiếu mục liền trước (số thứ tự bị đứt)",
  head: "mục cuối của chuỗi không khớp với điểm cuối đã ghi nhận (có mục bị xóa hoặc thêm ngoài quy trình)",
};

const word = (table: Record<string, string>, v: unknown): string => own(table, v) ?? String(v ?? "");
const list = (table: Record<string, string>, v: unknown): string =>
  String(v ?? "").split(",").filter(Boolean).map((x) => `"${word(table, x)}"`).join(", ");

type ServiceCode =
  | "database_too_new" | "not_found" | "forbidden_action" | "action_not_allowed" | "stale_revision" | "comment_required"
  | "already_exists" | "unknown_reference" | "invalid_role" | "no_register" | "audit_chain_broken" | "signing_key_missing" | "signing_refused"
  | "admin_required" | "admin_self_change" | "signing_key_refused";

export const SERVICE_MESSAGES: Pick<MessageTable, ServiceCode> = {
  database_too_new: (p) =>
    `cơ sở dữ liệu${part(p.found, (f) => ` đã được nâng cấp lên phiên bản mới hơn (${f})`)} so với phiên bản cadre-docs đang chạy` +
    `${part(p.known, (k) => ` (biết đến ${k})`)}. Hãy cài phiên bản cadre-docs mới nhất rồi chạy lại; không dùng bản cũ với dữ liệu này.`,
  not_found: (p) => `không tìm thấy ${word(WHAT, p.what ?? "document")}${part(p.id, (i) => ` "${i}"`)}. Hãy kiểm tra lại mã, hoặc quyền xem của đơn vị mình.`,
  forbidden_action: (p) =>
    `bạn không có quyền ${word(ACTIONS, p.action)} văn bản này` +
    `${part(p.roles, (r) => `; việc này dành cho ${list(ROLES, r)} của đơn vị`)}. Hãy chuyển cho người có thẩm quyền.`,
  action_not_allowed: (p) =>
    `văn bản đang ở trạng thái "${word(STATES, p.state)}" nên không thể ${word(ACTIONS, p.action)}. ` +
    (has(p.allowed)
      ? `Lúc này bạn chỉ có thể: ${list(ACTIONS, p.allowed)}.`
      : ["issued", "cancelled", "revoked"].includes(String(p.state)) ? "Văn bản ở trạng thái này không thể thay đổi nữa." : "Lúc này bạn không có thao tác nào với văn bản này.") +
    (p.state === "issued" && p.action === "edit" ? " Văn bản đã ban hành không được sửa; hãy ban hành văn bản sửa đổi, thay thế hoặc văn bản đính chính." : ""),
  stale_revision: (p) =>
    `văn bản đã được người khác thay đổi${part(p.current, (c) => ` (bản hiện tại là lần sửa thứ ${c})`)} sau khi bạn mở. Hãy tải lại văn bản, xem thay đổi rồi sửa lại.`,
  comment_required: (p) => `cần ghi lý do khi ${word(ACTIONS, p.action)} văn bản. Hãy ghi lý do vào ô ý kiến.`,
  already_exists: (p) => `${word(WHAT, p.what)}${part(p.value, (v) => ` "${v}"`)} đã có. Hãy dùng tên hoặc mã khác.`,
  unknown_reference: (p) => `không có ${word(WHAT, p.what)}${part(p.value, (v) => ` "${v}"`)}. Hãy tạo trước hoặc kiểm tra lại mã.`,
  invalid_role: (p) =>
    `vai trò${part(p.role, (r) => ` "${r}"`)} không có. Hãy dùng một trong các vai trò: drafter (chuyên viên), approver (lãnh đạo), registrar (văn thư), admin (quản trị).`,
  no_register: (p) =>
    `đơn vị${part(p.unit, (u) => ` "${u}"`)} chưa có sổ đăng ký văn bản đi nên chưa cho số được. Hãy nhờ quản trị tạo sổ (cadre-docs admin register add).`,
  audit_chain_broken: (p) =>
    `nhật ký kiểm tra bị phá vỡ ở mục số ${p.id ?? "?"}: ${own(AUDIT, p.reason) ?? "mục không hợp lệ"}. ` +
    "Hãy báo ngay cho quản trị; không sửa hay xóa nhật ký, giữ nguyên cơ sở dữ liệu để điều tra.",
  signing_key_missing: (p) =>
    p.owner === "unit"
      ? `đơn vị chưa có khóa ký số của cơ quan (tệp .p12) và ảnh dấu trên hệ thống nên chưa cho số và ký số được văn bản đã ký. Văn bản vẫn ở trạng thái "đã ký". Hãy nhờ quản trị thêm (cadre-docs admin key add --unit MÃ_ĐƠN_VỊ --p12 … --seal dau.png).`
      : `bạn chưa có khóa ký số (tệp .p12) và ảnh chữ ký trên hệ thống nên chưa ký được văn bản. Văn bản vẫn ở trạng thái "đã duyệt". Hãy nhờ quản trị thêm (cadre-docs admin key add --user TÊN_ĐĂNG_NHẬP --p12 … --image chu-ky.png).`,
  signing_refused: (p) => `không ký số được văn bản: ${String(p.detail ?? "")} Văn bản giữ nguyên trạng thái.`,
  admin_required: () => "việc này (đơn vị, người dùng, sổ, khóa ký số, mã truy cập) dành cho quản trị viên. Hãy nhờ quản trị viên của đơn vị làm giúp.",
  admin_self_change: (p) =>
    `bạn không thể ${p.change === "lock" ? "tự khóa tài khoản của mình" : "tự bỏ vai trò quản trị của mình"}, vì như vậy đơn vị có thể không còn ai quản trị. Hãy nhờ một quản trị viên khác làm việc này.`,
  signing_key_refused: (p) => `khóa ký số chưa được lưu: ${String(p.detail ?? "")}`,
};
