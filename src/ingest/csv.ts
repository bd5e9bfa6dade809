// CSV bytes to one sheet: UTF-8 (with or without BOM), else Windows-1258 as Excel saves Vietnamese CSV.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { issue, type Issue } from "../core/index.js";
import { decodeUtf8 } from "./decode.js";
import type { CellValue, GridBook } from "./grid.js";
import { csvShape } from "./csv-scan.js";
import { decodeUtf16, lostLetters, utf16Of } from "./csv-text.js";
import { isAscii, isVietnameseWord, tokens } from "./vn-words.js";

/** Share of accented words that are Vietnamese syllables (1 when there are none). */
function vietnameseShare(text: string): number {
  const words = tokens(text).filter((w) => !isAscii(w));
  return words.length === 0 ? 1 : words.filter(isVietnameseWord).length / words.length;
}

/**
 * Text of a CSV file. Not UTF-8: Windows-1258 (Vietnamese Windows; tone marks are combining characters,
 * hence NFC) when that reads as Vietnamese, else Windows-1252, whose cells may still hold TCVN3 or VNI
 * text that the cell check converts.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; issues: Issue[] } | Issue {
  // Excel's "Unicode text" is UTF-16 (tab-separated): read it as such, before its zero bytes pass for UTF-8.
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16);
    return text === undefined ? issue("file_unreadable", [], { reason: "utf16" }) : { text, issues: [] };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, issues: [] };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cp1258 = iconv.decode(buf, "windows1258").normalize("NFC");
  if (vietnameseShare(cp1258) >= 0.5) return { text: cp1258, issues: [issue("legacy_encoding", [], { encoding: "Windows-1258" }, "warning")] };
  return { text: iconv.decode(buf, "windows1252"), issues: [issue("legacy_encoding", [], { encoding: "Windows-1252" }, "warning")] };
}

/** The rightmost column that may hold a value, as in a workbook (see MAX_COLUMNS in ingest-sheets.ts). */
const MAX_CSV_COLUMNS = 256;

/** Comma, or the semicolon of Vietnamese regional settings, or tab: whichever the header line uses most. */
function delimiterOf(text: string): string {
  const end = text.indexOf("\n");
  const unquoted = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  // Counted, not split: a header line of millions of fields must not become arrays of millions.
  const count = (d: string): number => {
    let n = 0;
    for (let i = unquoted.indexOf(d); i >= 0; i = unquoted.indexOf(d, i + 1)) n++;
    return n;
  };
  const counts = [",", ";", "\t"].map((d) => [d, count(d)] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/** The one sheet of a CSV file; row N is the N-th record, as a spreadsheet program shows the file. */
export function readCsv(bytes: Uint8Array, maxRows: number): GridBook | Issue {
  const decoded = decodeCsv(bytes);
  if ("code" in decoded) return decoded;
  const { text, issues } = decoded;
  const delimiter = delimiterOf(text);
  // Counted before parsing: a million rows or a line of millions of fields would cost seconds and hundreds of MB.
  const shape = csvShape(text, delimiter);
  if (shape.rows > maxRows) return issue("too_many_rows", [], { rows: shape.rows, max: maxRows });
  if (shape.columns > MAX_CSV_COLUMNS) return issue("too_many_columns", [], { column: shape.columns, max: MAX_CSV_COLUMNS });
  // Letters already lost when the file was saved: one message with the cause, not a warning per column.
  const lost = lostLetters(text);
  if (lost !== undefined) return issue("text_lost", [], { sample: lost });
  let parsed: string[][];
  try {
    // Empty lines stay (as empty rows) so that row numbers match what Excel shows.
    parsed = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    return issue("parse_error", [], { format: "CSV", line, reason: "csv" });
  }
  if (parsed.length > maxRows) return issue("too_many_rows", [], { rows: parsed.length, max: maxRows });
  const rows: Array<CellValue[] | undefined> = parsed.map((record) => record.map((v) => (v === "" ? null : v)));
  return { sheets: [{ name: "", rows }], date1904: false, issues };
}
