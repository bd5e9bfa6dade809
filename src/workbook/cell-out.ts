// One input value to what its cell holds: real dates, numbers, Có/Không, lines joined in one cell.
import { formatShort, parseDate } from "../core/index.js";
import { YES_NO, type Column } from "../ingest/index.js";
import { choiceLabel } from "../kinds/index.js";

type Cell = string | number | Date;

function dateCell(v: unknown): Cell {
  const d = typeof v === "string" ? parseDate(v) : undefined;
  return d && typeof d === "object" ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : String(v);
}

/** A date inside a list cell stays text: a cell holds one date at most. */
function itemText(column: Column, v: unknown): string {
  if (column.type === "date" && typeof v === "string") {
    const d = parseDate(v);
    if (typeof d === "object") return formatShort(d);
  }
  if (column.type === "boolean" && typeof v === "boolean") return v ? YES_NO[0] : YES_NO[1];
  if (column.choices && typeof v === "string") return choiceLabel(column.choices, v);
  return typeof v === "string" ? v : JSON.stringify(v);
}

export function cellValue(column: Column, v: unknown): Cell {
  if (column.list && Array.isArray(v)) return v.map((item) => itemText(column, item)).join("\n");
  switch (column.type) {
    case "date":
      return dateCell(v);
    case "boolean":
      return typeof v === "boolean" ? (v ? YES_NO[0] : YES_NO[1]) : String(v);
    case "number":
    case "integer":
      return typeof v === "number" ? v : String(v);
    case "json":
      return typeof v === "string" ? v : JSON.stringify(v);
    case "choice":
      // The clerk's word, as the drop-down offers it: `deputy` → `KT. (ký thay)`.
      return typeof v === "string" ? choiceLabel(column.choices, v) : typeof v === "number" ? v : JSON.stringify(v);
    default:
      return typeof v === "string" ? v : typeof v === "number" ? v : JSON.stringify(v);
  }
}
