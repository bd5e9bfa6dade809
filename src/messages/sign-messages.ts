// Vietnamese messages for signing and verification problems, keyed by SignCode.
import type { SignCode } from "../core/index.js";

type P = Record<string, string | number>;
const when = (iso: unknown): string => {
  const d = new Date(String(iso));
  return Number.isNaN(d.getTime()) ? String(iso) : `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
};

export const SIGN_MESSAGES: Record<SignCode, (p: P) => string> = {
  sign_p12_password: (p) => `Tệp khóa ${p.file}: sai mật khẩu. Hãy nhập lại đúng mật khẩu của tệp .p12 (phân biệt chữ hoa, chữ thường).`,
  sign_p12_invalid: (p) => `Tệp khóa ${p.file}: không phải tệp PKCS#12 (.p12, .pfx) hợp lệ. Hãy xuất lại chứng thư số kèm khóa bí mật dạng .p12.`,
  sign_p12_no_key: (p) => `Tệp khóa ${p.file}: không có khóa bí mật hoặc chứng thư số. Hãy xuất lại tệp .p12 có cả khóa bí mật và chứng thư số.`,
  sign_key_mismatch: (p) => `Tệp khóa ${p.file}: khóa bí mật không khớp với chứng thư số trong tệp. Hãy dùng đúng cặp khóa và chứng thư số do tổ chức chứng thực cấp.`,
  sign_cert_expired: (p) => `Chứng thư số của ${p.subject} (${p.file}) đã hết hiệu lực từ ngày ${when(p.until)}. Không ký được; hãy gia hạn hoặc dùng chứng thư số còn hiệu lực.`,
  sign_cert_not_yet_valid: (p) => `Chứng thư số của ${p.subject} (${p.file}) chưa có hiệu lực (từ ngày ${when(p.from)}). Hãy kiểm tra đồng hồ máy hoặc chờ đến ngày chứng thư có hiệu lực.`,
  sign_image_not_png: (p) => `Tệp ảnh ${p.file}: không phải ảnh PNG. Theo Nghị định 30/2020, ảnh chữ ký và ảnh dấu phải là tệp .png nền trong suốt.`,
  sign_image_too_large: (p) => `Tệp ảnh ${p.file}: quá lớn (${p.width}×${p.height} điểm ảnh, ${p.size} byte). Ảnh chữ ký, ảnh dấu tối đa 2000×2000 điểm ảnh và 2 MB; hãy thu nhỏ ảnh.`,
  sign_seal_opaque: (p) => `Tệp ảnh dấu ${p.file}: ảnh không có nền trong suốt. Theo Nghị định 30/2020 (Phụ lục I, mục II.8), ảnh dấu phải là tệp .png nền trong suốt; hãy xuất lại ảnh có kênh trong suốt.`,
  sign_pdf_invalid: () => "Tệp PDF bị hỏng hoặc không đọc được. Hãy dùng tệp PDF do cadre-docs tạo ra.",
  sign_pdf_no_anchor: () => "Tệp PDF không có vị trí dành cho chữ ký (tệp không do cadre-docs tạo ra hoặc văn bản không có phần chữ ký). Hãy tạo lại tệp PDF bằng cadre-docs.",
  sign_pdf_not_signed: () => "Văn bản chưa có chữ ký số của người có thẩm quyền. Theo Nghị định 30/2020 (Điều 32), chỉ ký số của cơ quan, tổ chức vào văn bản đã có chữ ký của người có thẩm quyền.",
  sign_pdf_already_body: () => "Văn bản đã có chữ ký số của cơ quan, tổ chức. Không ký lại lần hai.",
  sign_pdf_changed: () => "Tệp PDF đã bị thay đổi sau khi người có thẩm quyền ký. Không ký số của cơ quan vào văn bản đã bị sửa; hãy trình ký lại.",
  sign_pdf_no_blank: (p) =>
    `Văn bản không có chỗ trống để ghi ${p.what} (văn bản đã có ${p.what} hoặc không được tạo để cấp số sau khi ký). Hãy tạo văn bản trình ký với số và ngày để trống.`,
  sign_external_untrusted: (p) =>
    `Chứng thư số của người ký${p.signer ? ` (${String(p.signer)})` : ""} không do tổ chức chứng thực được tin cậy cấp: không nối được tới chứng thư gốc nào trong danh sách tin cậy đã cấu hình. ` +
    "Hãy ký bằng chứng thư số còn hiệu lực của tổ chức được tin cậy (chữ ký số chuyên dùng công vụ), hoặc đề nghị quản trị viên thêm chứng thư gốc của tổ chức đó vào danh sách tin cậy (--trust).",
  sign_external_mismatch: () => "Chữ ký số nhận về không khớp với văn bản đã chuẩn bị (mã băm khác). Hãy ký lại đúng mã băm của văn bản.",
  sign_external_invalid: () =>
    "Chữ ký số nhận về không đọc được hoặc không khớp với chứng thư số đi kèm (không phải chữ ký CMS/PKCS#7 hợp lệ có chứng thư của người ký). Hãy ký lại bằng thiết bị ký số và gửi tệp chữ ký (.p7s) nguyên vẹn.",
  sign_external_too_large: (p) =>
    `Chữ ký số nhận về quá lớn (${p.size} byte, chỗ dành sẵn trong tệp là ${p.max} byte). Hãy ký lại không kèm các chứng thư thừa.`,
  sign_tsa_failed: (p) => `Không lấy được dấu thời gian từ ${p.url}: ${p.reason}. Hãy kiểm tra địa chỉ máy chủ dấu thời gian.`,
};

export const signMessage = (code: SignCode, params: P = {}): string => SIGN_MESSAGES[code](params);
