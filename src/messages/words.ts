// Small Vietnamese wording helpers: numbers, sizes, durations, type names, lists.

/** Vietnamese digit grouping: 10.000 and 1,5. */
export function num(value: number | string | boolean | undefined): string {
  if (typeof value !== "number") return String(value ?? "");
  const [int, frac] = String(Math.abs(value)).split(".");
  // Four-digit numbers stay ungrouped: they are mostly years (2023, not 2.023).
  const grouped = int!.length <= 4 ? int! : int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** A file size as `850 byte`, `1,5 KB`, `20 MB` (binary units, one decimal). */
export function bytes(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const units: Array<[number, string]> = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) if (n >= size) return `${num(Math.round((n / size) * 10) / 10)} ${unit}`;
  return `${num(n)} byte`;
}

/** `3 năm 2 tháng`, `3 năm`, `8 tháng`. */
export function duration(years: unknown, months: unknown): string {
  const y = Number(years) || 0;
  const m = Number(months) || 0;
  if (y > 0 && m > 0) return `${y} năm ${m} tháng`;
  return y > 0 ? `${y} năm` : `${m} tháng`;
}

/** What a value of a given JSON type is, as a noun phrase. */
export const TYPE_WORDS: Record<string, string> = {
  string: "chữ",
  number: "số",
  int: "số nguyên",
  boolean: "giá trị đúng/sai (true/false)",
  array: "danh sách",
  object: "nhóm trường",
  null: "để trống",
};
export const typeWord = (type: unknown): string => own(TYPE_WORDS, type) ?? String(type);

/** A table entry only if the table itself has it: keys like `constructor` must not reach Object.prototype. */
export const own = <T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined =>
  typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;

/** True for a param that was given (not undefined, null or empty). */
export const has = (value: unknown): boolean => value !== undefined && value !== null && value !== "";

/** `f(value)` when the param was given, else "" (messages stay whole when a param is missing). */
export const part = (value: unknown, f: (text: string) => string): string => (has(value) ? f(String(value)) : "");

/** `a, b hoặc c`. */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} hoặc ${items[items.length - 1]}`;
}

export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
