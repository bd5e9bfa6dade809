// Messages with several cases (syntax errors, types, sizes), kept out of the flat table.
import type { Params } from "./context.js";
import { has, num, own, typeWord } from "./words.js";

const at = (p: Params): string =>
  has(p.line) ? ` ở dòng ${p.line}${has(p.column) ? `, cột ${p.column}` : ""}` : "";

export function parseErrorMessage(p: Params): string {
  const format = has(p.format) ? String(p.format) : "tệp";
  switch (p.reason) {
    case "tab":
      return `thụt lề bằng phím Tab${at(p)}. YAML chỉ cho phép thụt lề bằng dấu cách; hãy thay Tab bằng dấu cách.`;
    case "end":
      return `nội dung ${format} kết thúc đột ngột${at(p)}. Hãy kiểm tra các dấu ngoặc và dấu nháy đã được đóng đủ chưa.`;
    case "duplicate_key":
      return `có trường bị ghi hai lần${at(p)}${p.key ? ` ("${p.key}")` : ""}. Mỗi trường chỉ được ghi một lần; hãy xóa bớt một lần.`;
    case "tag":
      return `có thẻ YAML (bắt đầu bằng dấu "!") không được hỗ trợ${at(p)}. Hãy bỏ thẻ và ghi giá trị trực tiếp.`;
    case "alias":
      return `có bí danh YAML (*tên) trỏ tới một neo (&tên) không tồn tại${at(p)}. Hãy sửa lại hoặc ghi giá trị trực tiếp.`;
    case "aliases":
      return `tệp dùng quá nhiều bí danh YAML (*tên), vượt giới hạn an toàn. Hãy ghi giá trị trực tiếp thay cho bí danh.`;
    case "too_many_nodes":
      return `tệp YAML có quá nhiều giá trị${has(p.max) ? ` (hơn ${num(p.max)})` : ""} để đọc an toàn. Hãy tách thành nhiều tệp nhỏ hơn, hoặc dùng tệp JSON Lines (.jsonl, mỗi dòng một bản ghi) cho lô lớn.`;
    case "config":
      return "tệp cấu hình không phải JSON hợp lệ (hoặc không lưu ở bảng mã UTF-8). Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép, rồi lưu lại tệp dạng UTF-8.";
    case "complex_key":
      return `có tên trường là một danh sách hoặc nhóm trường${at(p)}. Tên trường phải là chữ.`;
    case "too_deep":
      return `dữ liệu lồng nhau quá sâu${has(p.max) ? ` (hơn ${p.max} cấp)` : ""}${at(p)}. Hãy kiểm tra lại cấu trúc tệp: mỗi nhóm trường hoặc danh sách chỉ nên lồng vài cấp.`;
    default:
      break;
  }
  const found = has(p.found) ? ` (gặp "${p.found}" không đúng chỗ)` : "";
  const hint =
    format === "YAML"
      ? "Hãy kiểm tra thụt lề (dùng dấu cách, không dùng phím Tab) và dấu hai chấm sau tên trường quanh vị trí này."
      : "Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh vị trí này.";
  return `nội dung ${format} sai cú pháp${at(p)}${found}. ${hint}`;
}

const TYPE_HINTS: Record<string, string> = {
  string: "Hãy đặt giá trị trong dấu nháy kép.",
  number: "Hãy ghi số, không đặt trong dấu nháy.",
  int: "Hãy ghi số nguyên, không có phần thập phân và không đặt trong dấu nháy.",
  boolean: "Hãy ghi true hoặc false, không đặt trong dấu nháy.",
  array: 'Hãy ghi dạng danh sách: trong JSON đặt giữa hai dấu [ ], trong YAML mỗi mục một dòng bắt đầu bằng "- ".',
  object: "Hãy ghi các trường con của mục này.",
};

export function invalidTypeMessage(p: Params): string {
  const received = p.expected === "int" && p.received === "number" ? "số có phần thập phân" : typeWord(p.received);
  const hint = own(TYPE_HINTS, p.expected) ?? "Hãy kiểm tra lại giá trị.";
  if (!has(p.expected)) return `có kiểu dữ liệu không đúng${has(p.received) ? ` (đang là ${received})` : ""}. ${hint}`;
  return `phải là ${typeWord(p.expected)}${has(p.received) ? ` nhưng đang là ${received}` : ""}. ${hint}`;
}

const now = (p: Params, unit: string): string => (p.length !== undefined ? ` (hiện có ${num(p.length)}${unit})` : "");
const is = (p: Params): string => (p.value !== undefined ? ` (đang là ${num(p.value)})` : "");

export function tooSmallMessage(p: Params): string {
  const min = num(p.min);
  if (p.origin === "string") {
    if (p.min === 1) return "đang để trống. Hãy điền thông tin vào trường này.";
    return `quá ngắn: cần ${p.exact ? "đúng" : "ít nhất"} ${min} ký tự${now(p, " ký tự")}. Hãy bổ sung cho đủ.`;
  }
  if (p.origin === "array" || p.origin === "set") {
    if (p.min === 1 && p.length === 0) return "danh sách đang trống; cần có ít nhất 1 mục. Hãy bổ sung.";
    return `cần ${p.exact ? "đúng" : "ít nhất"} ${min} mục${now(p, " mục")}. Hãy bổ sung cho đủ.`;
  }
  if (p.origin === "number") return `phải ${p.inclusive === false ? `lớn hơn ${min}` : `từ ${min} trở lên`}${is(p)}. Hãy sửa lại.`;
  return `nhỏ hơn mức tối thiểu cho phép${has(p.min) ? ` (${min})` : ""}. Hãy sửa lại.`;
}

export function tooBigMessage(p: Params): string {
  const max = num(p.max);
  if (p.origin === "string") return `quá dài: tối đa ${max} ký tự${now(p, " ký tự")}. Hãy rút gọn.`;
  if (p.origin === "array" || p.origin === "set") {
    return `có quá nhiều mục: tối đa ${max} mục${now(p, " mục")}. Hãy bớt đi hoặc tách thành nhiều văn bản.`;
  }
  if (p.origin === "number") return `phải ${p.inclusive === false ? `nhỏ hơn ${max}` : `không lớn hơn ${max}`}${is(p)}. Hãy sửa lại.`;
  return `vượt quá mức tối đa cho phép${has(p.max) ? ` (${max})` : ""}. Hãy sửa lại.`;
}
