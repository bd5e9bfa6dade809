// Spreadsheet files (.xlsx, .csv) to records: limits first, then the sheets, then the rows.
import { hasErrors, issue, type Issue } from "../core/index.js";
import { readCsv } from "./csv.js";
import type { GridBook } from "./grid.js";
import { recordsFromBook } from "./spreadsheet.js";
import type { IngestedRecord, IngestOptions } from "./types.js";
import { readXlsx } from "./xlsx.js";

export const SHEET_EXTENSIONS = [".xlsx", ".csv"];
/** Most rows read from one sheet; a bigger sheet is refused rather than read in part. */
export const DEFAULT_MAX_ROWS = 20_000;
/** A workbook may unpack to this many times the size limit (its XML compresses about tenfold). */
const UNPACK_FACTOR = 10;

export async function ingestSheets(bytes: Uint8Array, ext: string, opts: Required<Pick<IngestOptions, "maxBytes" | "maxRecords">> & IngestOptions): Promise<{ records: IngestedRecord[]; issues: Issue[] }> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const book: GridBook | Issue =
    ext === ".csv" ? readCsv(bytes, maxRows) : await readXlsx(bytes, { maxRows, maxUnpacked: opts.maxBytes * UNPACK_FACTOR, sheets: opts.sheets });
  if ("code" in book) return { records: [], issues: [book] };
  const { records, issues } = recordsFromBook(book, opts.maxRecords);
  if (records.length === 0 && !hasErrors(issues)) issues.push(issue("file_empty", [], {}, "warning"));
  return { records, issues };
}
