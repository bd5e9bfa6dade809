// Shared state while sheets become records: groups of rows by record id, cell reading with located issues.
import { issue, type Issue, type IssueSource } from "../core/index.js";
import { coerceCell, type Coerced } from "./cells.js";
import type { SheetColumns } from "./columns.js";
import { isBadCell, type CellValue, type Grid } from "./grid.js";
import type { Column } from "./layout.js";
import { checkLegacy } from "./legacy-encodings.js";
import type { CellIndex } from "./locate.js";

export interface Placed {
  grid: Grid;
  header: SheetColumns;
}

export interface Group {
  /** 1-based record number in the file. */
  index: number;
  id?: string;
  data: Record<string, unknown>;
  cells: CellIndex;
  /** Values set from the record's rows, by label key, with the row that set them (rows of one id must agree). */
  values: Map<string, { value: unknown; row: number }>;
}

export interface Assembly {
  date1904: boolean;
  groups: Map<string, Group>;
  order: Group[];
  issues: Issue[];
  /** Header text by sheet and label key, shared by every record of the file. */
  headers: CellIndex["headers"];
}

export const sheetKey = (grid: Grid): string => grid.name;

/** Source of an issue at a cell: CSV has no sheet names, only rows. */
export function at(grid: Grid, row: number, column?: string, record?: number): IssueSource {
  return {
    ...(record !== undefined ? { record } : {}),
    ...(grid.name ? { sheet: grid.name } : {}),
    row: row + 1,
    ...(column !== undefined ? { column } : {}),
  };
}

export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
export const blankRow = (cells: CellValue[] | undefined): boolean => !cells || cells.every(isBlank);

/** A record id as text: `1`, `QĐ-125`; numbers as Excel shows them. */
export function idOf(v: CellValue | undefined): string | undefined {
  if (isBlank(v) || isBadCell(v!)) return undefined;
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

/** Reads one cell as the column's type; legacy-encoded text is converted (or flagged) first. */
export function readCell(a: Assembly, grid: Grid, row: number, index: number, column: Column, header: string, record?: number): Coerced {
  let cell = grid.rows[row]?.[index] ?? null;
  if (typeof cell === "string") {
    const legacy = checkLegacy(cell);
    if (legacy.status === "converted") {
      const params = { encoding: legacy.encoding, original: cell, converted: legacy.text };
      a.issues.push({ ...issue("legacy_text_converted", [...column.key], params, "warning"), source: at(grid, row, header, record) });
      cell = legacy.text;
    } else if (legacy.status === "garbled") {
      a.issues.push({ ...issue("legacy_text_suspect", [...column.key], { value: cell }, "warning"), source: at(grid, row, header, record) });
    }
  }
  const got = coerceCell(cell, column, a.date1904);
  if ("issue" in got) a.issues.push({ ...got.issue, path: [...column.key], source: at(grid, row, header, record) });
  return got;
}

export function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let obj = target;
  keys.slice(0, -1).forEach((k) => {
    if (obj[k] === null || typeof obj[k] !== "object") obj[k] = {};
    obj = obj[k] as Record<string, unknown>;
  });
  obj[keys[keys.length - 1]!] = value;
}

export function getPath(target: Record<string, unknown>, keys: readonly string[]): unknown {
  let v: unknown = target;
  for (const k of keys) v = v !== null && typeof v === "object" && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** The list at keys inside target, created empty if absent. */
export function listAt(target: Record<string, unknown>, keys: readonly string[]): unknown[] {
  const got = getPath(target, keys);
  if (Array.isArray(got)) return got;
  const list: unknown[] = [];
  setPath(target, keys, list);
  return list;
}

/** The headers a sheet's records are located by: label key → header as written. */
export function registerHeaders(a: Assembly, placed: Placed): void {
  const map = (a.headers[sheetKey(placed.grid)] ??= {});
  for (const [i, { column }] of placed.header.columns) map[column.pattern] = placed.header.headers.get(i) ?? column.header;
}
