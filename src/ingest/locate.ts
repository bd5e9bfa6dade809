// Where a record's field sits in its spreadsheet: issue paths to sheet, row and column header.
import type { Issue, IssuePath, IssueSource } from "../core/index.js";

export interface RowRef {
  /** Sheet name; absent for CSV. */
  sheet?: string;
  /** Row number as the spreadsheet shows it (1-based). */
  row: number;
}

/** Plain data (it may cross a worker boundary): rows by item path, headers by sheet and label key. */
export interface CellIndex {
  /** "" is the record's row; `people.1` the row of the second person. */
  rows: Record<string, RowRef>;
  /** Header text by sheet ("" for CSV) and label key (`issuer.name`, `people.*.birthDate`). */
  headers: Record<string, Record<string, string>>;
}

const pattern = (path: IssuePath): string[] => path.map((p) => (typeof p === "number" ? "*" : String(p)));

/** The row of the innermost list item on the path that has a row of its own, else the record's row. */
function rowOf(index: CellIndex, path: IssuePath): RowRef | undefined {
  for (let n = path.length; n > 0; n--) {
    if (typeof path[n - 1] !== "number") continue;
    const hit = index.rows[path.slice(0, n).join(".")];
    if (hit) return hit;
  }
  return index.rows[""];
}

/** The header of the column holding the path, or of the column holding its nearest parent (a list cell). */
function headerOf(index: CellIndex, ref: RowRef, path: IssuePath): string | undefined {
  const headers = index.headers[ref.sheet ?? ""];
  if (!headers) return undefined;
  const parts = pattern(path);
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join(".");
    if (Object.hasOwn(headers, key)) return headers[key];
  }
  return undefined;
}

/** Sheet, row and column of an issue's path; undefined when the record did not come from a spreadsheet. */
export function locate(index: CellIndex | undefined, path: IssuePath): Pick<IssueSource, "sheet" | "row" | "column"> | undefined {
  if (!index) return undefined;
  const ref = rowOf(index, path);
  if (!ref) return undefined;
  const column = headerOf(index, ref, path);
  return { ...(ref.sheet !== undefined ? { sheet: ref.sheet } : {}), row: ref.row, ...(column !== undefined ? { column } : {}) };
}

/** Adds sheet, row and column to issues about a spreadsheet record (ones already placed keep theirs). */
export function locateIssues(issues: readonly Issue[], index: CellIndex | undefined): Issue[] {
  if (!index) return [...issues];
  return issues.map((i) => (i.source?.row !== undefined ? i : { ...i, source: { ...i.source, ...locate(index, i.path) } }));
}
