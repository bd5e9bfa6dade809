// Vietnamese words the generated workbooks use for value types and hints.
import type { Column } from "../ingest/index.js";

/** How a clerk runs the program after the README's install (`npm install -g`, which puts `cadre-docs` on the PATH):
 * the form's success message and its guide say it. */
export const CLI_COMMAND = "cadre-docs";

const TYPE_WORDS: Record<Column["type"], string> = {
  text: "Chữ",
  date: "Ngày, dạng dd/mm/yyyy",
  integer: "Số nguyên",
  number: "Số",
  boolean: "Có hoặc Không",
  choice: "Chọn trong danh sách",
  json: "Dữ liệu JSON",
};

const num = (n: number): string => String(Math.round(n * 1000) / 1000).replace(".", ",");

export function typeWord(c: Column): string {
  const base = TYPE_WORDS[c.type];
  const range = c.min !== undefined && c.max !== undefined ? `, từ ${num(c.min)} đến ${num(c.max)}` : c.min !== undefined ? `, từ ${num(c.min)}` : c.max !== undefined ? `, tối đa ${num(c.max)}` : "";
  return c.list ? `Danh sách (${base.toLowerCase()}), mỗi mục một dòng trong ô` : `${base}${range}`;
}

/** The note on a header cell: what to write there. */
export function headerNote(c: Column): string {
  const lines = [c.label, c.required ? "Bắt buộc." : "Không bắt buộc.", `Kiểu: ${typeWord(c)}.`];
  if (c.options) lines.push(`Giá trị: ${c.options.join(", ")}.`);
  if (c.list) lines.push("Xuống dòng trong ô: Alt+Enter (Excel), Ctrl+Enter (LibreOffice).");
  return lines.join("\n");
}
