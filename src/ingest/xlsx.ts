// .xlsx bytes to sheets of plain values: formulas give their stored results (never evaluated).
import type ExcelJS from "exceljs";
import { newWorkbook } from "./exceljs.js";
import { issue, type Issue } from "../core/index.js";
import { fold } from "./fold.js";
import { KIND_STAMP, type CellValue, type Grid, type GridBook } from "./grid.js";
import { CHOICES_SHEET, INSTRUCTIONS_SHEET, PROBLEMS_SHEET } from "./layout.js";
import { checkZip } from "./zip-guard.js";

export interface SheetOptions {
  /** Largest row number read in one sheet. */
  maxRows: number;
  /** Most bytes the zip may unpack to. */
  maxUnpacked: number;
  /** Read exactly these sheets (hidden ones too); otherwise every visible sheet. */
  sheets?: readonly string[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const SKIPPED = new Set([INSTRUCTIONS_SHEET, CHOICES_SHEET, PROBLEMS_SHEET].map(fold));
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** An OLE file named .xlsx is a password-protected workbook (it holds an EncryptionInfo stream) or an old .xls. */
function oleReason(bytes: Uint8Array): string {
  const name = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name) ? "encrypted" : "xls";
}

/** Excel counts 29/02/1900 as a day (Lotus's bug); exceljs turns serials before 1/3/1900 into the day before. */
function fixEarlyDate(d: Date): Date {
  return d.getTime() < Date.UTC(1900, 2, 1) ? new Date(d.getTime() + 86_400_000) : d;
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return fixEarlyDate(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const v = value as unknown as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null) return { bad: "formula" };
    const got = plain(result as ExcelJS.CellValue);
    return got === null ? { bad: "formula" } : got;
  }
  if ("error" in v) return { bad: "error", error: String(v.error) };
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
  if ("text" in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

/** A worksheet as plain rows (also used by the workbook writers to find headers in a filled form). */
export function readSheet(ws: ExcelJS.Worksheet): Grid {
  const rows: Grid["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return { name: ws.name, rows };
}

function pickSheets(wb: ExcelJS.Workbook, opts: SheetOptions, issues: Issue[]): ExcelJS.Worksheet[] {
  if (!opts.sheets) return wb.worksheets.filter((ws) => ws.state === "visible" && !SKIPPED.has(fold(ws.name)));
  const picked: ExcelJS.Worksheet[] = [];
  for (const name of opts.sheets) {
    const ws = wb.worksheets.find((w) => fold(w.name) === fold(name));
    if (ws) picked.push(ws);
    else issues.push(issue("no_data_sheet", [], { sheet: name, reason: "missing", sheets: wb.worksheets.map((w) => w.name).join(", ") }));
  }
  return picked;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  const wb = newWorkbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return wb;
  } catch {
    return undefined;
  }
}

/** The usable sheets of a workbook, or the one issue that makes the file unusable. */
export async function readXlsx(bytes: Uint8Array, opts: SheetOptions): Promise<GridBook | Issue> {
  if (startsWith(bytes, OLE)) return issue("file_unreadable", [], { reason: oleReason(bytes) });
  if (!startsWith(bytes, ZIP)) return issue("file_unreadable", [], { reason: "corrupt" });
  const zip = checkZip(bytes, opts.maxUnpacked);
  if (!zip.ok) {
    return zip.reason === "corrupt" ? issue("file_unreadable", [], { reason: "corrupt" }) : issue("file_too_large", [], { zip: true, unpacked: zip.unpacked, max: opts.maxUnpacked });
  }
  const wb = await load(bytes);
  // A zip without a workbook inside loads as a workbook without sheets.
  if (!wb || wb.worksheets.length === 0) return issue("file_unreadable", [], { reason: "corrupt" });
  const issues: Issue[] = [];
  const sheets: Grid[] = [];
  for (const ws of pickSheets(wb, opts, issues)) {
    if (ws.rowCount > opts.maxRows) {
      issues.push({ ...issue("too_many_rows", [], { rows: ws.rowCount, max: opts.maxRows }), source: { sheet: ws.name } });
      continue;
    }
    sheets.push(readSheet(ws));
  }
  const stamp = (wb.keywords ?? "").split(/[\s,;]+/).find((k) => k.startsWith(KIND_STAMP));
  return { sheets, kindHint: stamp?.slice(KIND_STAMP.length), date1904: Boolean(wb.properties?.date1904), issues };
}
