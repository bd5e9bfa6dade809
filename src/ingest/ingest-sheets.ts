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
/** A workbook may unpack to this many times the size limit (its XML compresses about tenfold)… */
const UNPACK_FACTOR = 10;
/** …but never past this: the parts read are held in memory while the sheets stream. */
export const MAX_UNPACKED = 64 * 1024 * 1024;
/** The shared-strings part is parsed whole into memory: past this it is refused. */
export const MAX_SHARED_STRINGS = 32 * 1024 * 1024;
/** The rightmost column that may hold a value (the widest form has fewer than 60). */
export const MAX_COLUMNS = 256;

export async function ingestSheets(bytes: Uint8Array, ext: string, opts: Required<Pick<IngestOptions, "maxBytes" | "maxRecords">> & IngestOptions): Promise<{ records: IngestedRecord[]; issues: Issue[] }> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const book: GridBook | Issue =
    ext === ".csv" ? readCsv(bytes, maxRows) : await readXlsx(bytes, {
          maxRows,
          maxColumns: MAX_COLUMNS,
          maxUnpacked: Math.min(opts.maxBytes * UNPACK_FACTOR, MAX_UNPACKED),
          maxSharedStrings: MAX_SHARED_STRINGS,
          sheets: opts.sheets,
        });
  if ("code" in book) return { records: [], issues: [book] };
  const { records, issues } = recordsFromBook(book, opts.maxRecords);
  if (records.length === 0 && !hasErrors(issues)) issues.push(issue("file_empty", [], {}, "warning"));
  return { records, issues };
}
