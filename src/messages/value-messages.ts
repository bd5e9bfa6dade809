// Messages about single values (choices, settings) and the small parsers they need.
import type { Params } from "./context.js";
import { duration, has, num, part } from "./words.js";

/** `2022-04-28` → `28/04/2022`; anything else unchanged. */
export const isoToShort = (iso: unknown): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : String(iso);
};

/** The four-digit year written in a date, NaN when there is none. */
export const yearOf = (value: unknown): number => Number(/\d{4}/.exec(String(value ?? ""))?.[0] ?? NaN);

export function invalidValueMessage(p: Params): string {
  const what = `giá trị${part(p.value, (v) => ` "${v}"`)} không hợp lệ.`;
  if (!has(p.options)) return `${what} Hãy kiểm tra lại theo hướng dẫn nhập liệu.`;
  return p.count === 1 ? `${what} Hãy ghi đúng giá trị: ${p.options}.` : `${what} Hãy ghi một trong các giá trị: ${p.options}.`;
}

function rangeText(p: Params): string {
  if (has(p.allowed)) return `; giá trị cho phép: ${p.allowed}`;
  if (has(p.min) && has(p.max)) return `; giá trị cho phép từ ${num(p.min)} đến ${num(p.max)}`;
  if (has(p.min)) return `; giá trị cho phép từ ${num(p.min)} trở lên`;
  if (has(p.max)) return `; giá trị cho phép tối đa ${num(p.max)}`;
  return "";
}

/** A setting in the organisation's configuration file (its English `detail`, if any, is not shown). */
export function configMessage(p: Params): string {
  const name = p.option ?? p.key;
  if (p.reason === "unknown_key") {
    return `thiết lập${part(name, (n) => ` "${n}"`)} không có trong tệp cấu hình (có thể gõ sai tên)${part(p.allowed, (a) => `; ở chỗ này chỉ dùng được: ${a}`)}. Hãy sửa lại tên hoặc xóa thiết lập này.`;
  }
  return `thiết lập${part(name, (n) => ` "${n}"`)} có giá trị${part(p.value, (v) => (typeof p.value === "number" ? ` ${num(p.value)}` : ` "${v}"`))} không hợp lệ${rangeText(p)}. Hãy sửa lại thiết lập.`;
}

/** Service left at the start of a rotation (Quy định 65 asks for at least 10 years). */
export function serviceLeftMessage(p: Params): string {
  const retirement = part(p.retirement, (r) => ` (thời điểm nghỉ hưu: ${r})`);
  const fix = "Hãy kiểm tra lại ngày sinh, giới tính, hoặc cân nhắc lại việc luân chuyển.";
  const years = Number(p.years ?? 0);
  const months = Number(p.months ?? 0);
  if ((has(p.years) || has(p.months)) && years * 12 + months <= 0) {
    return `người này đã đến tuổi nghỉ hưu trước ngày bắt đầu luân chuyển${retirement}. ${fix}`;
  }
  const left = has(p.years) || has(p.months) ? `chỉ còn ${duration(years, months)}` : "không còn đủ thời gian";
  return `tính từ ngày bắt đầu luân chuyển, người này ${left} công tác${retirement}${part(p.min, (m) => `, dưới ${m} năm`)} theo Quy định 65-QĐ/TW. ${fix}`;
}
