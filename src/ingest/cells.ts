// One spreadsheet cell to one input value of the column's type: dates, numbers, yes/no, choices, lines.
import { formatShort, issue, type Issue } from "../core/index.js";
import { isoOfDate, isoOfSerial, normaliseDateText } from "./dates.js";
import { fold } from "./fold.js";
import { isBadCell, type CellValue } from "./grid.js";
import type { Column } from "./layout.js";
import { choiceCode, type Choice } from "../kinds/index.js";

export type Coerced = { value: unknown } | { empty: true } | { issue: Issue };

const YES = new Set(["co", "x", "true", "dung", "1", "yes", "c"]);
const NO = new Set(["khong", "false", "sai", "0", "no", "k"]);
/** What a yes/no column shows and the form's drop-down offers. */
export const YES_NO = ["Có", "Không"] as const;
const NUMBER_TEXT = /^[-+]?\d+(?:[.,]\d+)?$/;

const isEmpty = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");

function asText(v: string | number | boolean | Date): string {
  if (v instanceof Date) {
    const iso = isoOfDate(v);
    return iso ? formatShort({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }) : String(v);
  }
  if (typeof v === "boolean") return v ? YES_NO[0] : YES_NO[1];
  return String(v);
}

/*
 * A value that does not fit its column is passed on as written: the schema then reports it with the
 * record's other problems, all at once, placed at the cell (a clerk fixes everything in one pass).
 */

function asDate(v: string | number | boolean | Date, date1904: boolean): Coerced {
  if (v instanceof Date) return { value: isoOfDate(v) ?? asText(v) };
  if (typeof v === "number") return { value: isoOfSerial(v, date1904) ?? String(v) };
  return { value: typeof v === "string" ? normaliseDateText(v) : asText(v) };
}

function asNumber(v: string | number | boolean | Date): Coerced {
  if (typeof v === "number") return { value: v };
  const t = typeof v === "string" ? v.trim() : "";
  return { value: NUMBER_TEXT.test(t) ? Number(t.replace(",", ".")) : asText(v) };
}

function asBoolean(v: string | number | boolean | Date): Coerced {
  if (typeof v === "boolean") return { value: v };
  const f = fold(asText(v));
  return { value: YES.has(f) ? true : NO.has(f) ? false : asText(v) };
}

/** The option written with other case, spacing or without marks (`Nu` → `nữ`); else the text as typed.
 * A choice with clerk wording gives its code (`KT. Chủ tịch` → `deputy`), by the kinds' one mapping. */
function asChoice(v: string | number | boolean | Date, options: readonly string[], choices?: readonly Choice[]): Coerced {
  const t = asText(v).trim();
  if (choices) return { value: choiceCode(choices, t) ?? t };
  if (options.includes(t)) return { value: t };
  const hits = options.filter((o) => fold(o) === fold(t));
  return { value: hits.length === 1 ? hits[0] : t };
}

function asJson(v: string | number | boolean | Date): Coerced {
  if (typeof v !== "string") return { value: v instanceof Date ? asText(v) : v };
  try {
    return { value: JSON.parse(v) as unknown };
  } catch {
    return { value: v };
  }
}

function single(v: string | number | boolean | Date, col: Column, date1904: boolean): Coerced {
  switch (col.type) {
    case "text":
      return { value: asText(v) };
    case "date":
      return asDate(v, date1904);
    case "number":
    case "integer":
      return asNumber(v);
    case "boolean":
      return asBoolean(v);
    case "choice":
      return asChoice(v, col.options ?? [], col.choices);
    case "json":
      return asJson(v);
  }
}

/** A list cell: one item per line, blank lines dropped. */
function lines(v: string | number | boolean | Date, col: Column, date1904: boolean): Coerced {
  const items = typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : [v];
  const out: unknown[] = [];
  for (const item of items) {
    const got = single(item, col, date1904);
    if ("issue" in got) return got;
    if ("value" in got) out.push(got.value);
  }
  return { value: out };
}

export function coerceCell(cell: CellValue, col: Column, date1904: boolean): Coerced {
  if (isEmpty(cell)) return { empty: true };
  if (isBadCell(cell)) return { issue: issue("bad_cell", [], { reason: cell.bad, error: cell.error }) };
  const v = cell as string | number | boolean | Date;
  return col.list ? lines(v, col, date1904) : single(v, col, date1904);
}
