// .xlsx bytes to sheets of plain values, streamed: formulas give their stored results (never evaluated), limits hold while inflating.
import type ExcelJS from "exceljs";
import { issue, type Issue } from "../core/index.js";
import { fold } from "./fold.js";
import { KIND_STAMP, type CellValue, type Grid, type GridBook } from "./grid.js";
import { CHOICES_SHEET, INSTRUCTIONS_SHEET, PROBLEMS_SHEET } from "./layout.js";
import { applyMerges } from "./merges.js";
import { unpackXlsx, type Unpacked, type XlsxLimits } from "./xlsx-parts.js";
import { sheetContext, sheetRows, workbookSheets, type SheetContext, type SheetEntry } from "./xlsx-stream.js";
import { checkZip } from "./zip-guard.js";

export interface SheetOptions extends XlsxLimits {
  /** Read exactly these sheets (hidden ones too); otherwise every visible sheet. */
  sheets?: readonly string[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const SKIPPED = new Set([INSTRUCTIONS_SHEET, CHOICES_SHEET, PROBLEMS_SHEET].map(fold));
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
const corrupt = (): Issue => issue("file_unreadable", [], { reason: "corrupt" });

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
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return Number.isNaN(value) ? null : value;
  const v = value as unknown as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null || Number.isNaN(result)) return { bad: "formula" };
    const got = plain(result as ExcelJS.CellValue);
    return got === null ? { bad: "formula" } : got;
  }
  if ("error" in v) return { bad: "error", error: String(v.error) };
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
  if ("text" in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

/** A worksheet as plain rows (the workbook writers use it to find headers in a filled form they loaded). */
export function readSheet(ws: ExcelJS.Worksheet): Grid {
  const rows: Grid["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return { name: ws.name, rows };
}

function pickSheets(all: SheetEntry[], opts: SheetOptions, issues: Issue[]): SheetEntry[] {
  if (!opts.sheets) return all.filter((s) => !s.hidden && !SKIPPED.has(fold(s.name)));
  const picked: SheetEntry[] = [];
  for (const name of opts.sheets) {
    const s = all.find((w) => fold(w.name) === fold(name));
    if (s) picked.push(s);
    else issues.push(issue("no_data_sheet", [], { sheet: name, reason: "missing", sheets: all.map((w) => w.name).join(", ") }));
  }
  return picked;
}

/** Rows up to the limit; empty cells past the last value (formatted cells far to the right) are not kept. */
async function streamSheet(xml: Buffer, ctx: SheetContext, opts: SheetOptions): Promise<Grid["rows"]> {
  const rows: Grid["rows"] = [];
  for await (const row of sheetRows(xml, ctx)) {
    if (row.number > opts.maxRows) break;
    const cells: CellValue[] = [];
    let last = 0;
    for (let c = 1; c <= Math.min(row.cellCount, opts.maxColumns); c++) {
      const v = plain(row.getCell(c).value as ExcelJS.CellValue);
      cells.push(v);
      if (v !== null) last = c;
    }
    if (last > 0) rows[row.number - 1] = cells.slice(0, last);
  }
  return rows;
}

async function readSheets(parts: Unpacked, picked: SheetEntry[], date1904: boolean, opts: SheetOptions, issues: Issue[]): Promise<Grid[]> {
  let ctx: SheetContext | undefined;
  const sheets: Grid[] = [];
  for (const s of picked) {
    const scan = parts.scans.get(s.part);
    const at = { sheet: s.name };
    if (scan?.overRows) issues.push({ ...issue("too_many_rows", [], { max: opts.maxRows, more: true }), source: at });
    else if (scan?.overColumns) issues.push({ ...issue("too_many_columns", [], { column: scan.overColumns, max: opts.maxColumns }), source: at });
    const xml = parts.files.get(s.part);
    if (scan?.overRows || scan?.overColumns || !xml) continue;
    ctx ??= await sheetContext(parts.files.get("xl/sharedStrings.xml"), parts.files.get("xl/styles.xml"), date1904);
    sheets.push({ name: s.name, rows: applyMerges(await streamSheet(xml, ctx, opts), scan?.merges ?? []) });
  }
  return sheets;
}

/** The generator's stamp in docProps/core.xml's keywords. */
function kindHint(core: Buffer | undefined): string | undefined {
  const words = core ? /<(?:\w+:)?keywords\b[^>]*>([^<]*)</.exec(core.toString("utf8"))?.[1] ?? "" : "";
  const stamp = words.split(/[\s,;]+/).find((k) => k.startsWith(KIND_STAMP));
  return stamp?.slice(KIND_STAMP.length);
}

/** The usable sheets of a workbook, or the one issue that makes the file unusable. */
export async function readXlsx(bytes: Uint8Array, opts: SheetOptions): Promise<GridBook | Issue> {
  if (startsWith(bytes, OLE)) return issue("file_unreadable", [], { reason: oleReason(bytes) });
  if (!startsWith(bytes, ZIP)) return corrupt();
  const zip = checkZip(bytes, opts.maxUnpacked);
  if (!zip.ok) return zip.reason === "corrupt" ? corrupt() : issue("file_too_large", [], { zip: true, unpacked: zip.unpacked, max: opts.maxUnpacked });
  const parts = await unpackXlsx(bytes, opts);
  if ("code" in parts) return parts;
  const book = parts.files.get("xl/workbook.xml");
  if (!book) return corrupt();
  let listed: Awaited<ReturnType<typeof workbookSheets>>;
  try {
    listed = await workbookSheets(book, parts.files.get("xl/_rels/workbook.xml.rels"));
  } catch {
    return corrupt();
  }
  if (listed.sheets.length === 0) return corrupt();
  const issues: Issue[] = [];
  const picked = pickSheets(listed.sheets, opts, issues);
  try {
    const sheets = await readSheets(parts, picked, listed.date1904, opts, issues);
    return { sheets, kindHint: kindHint(parts.files.get("docProps/core.xml")), date1904: listed.date1904, issues };
  } catch {
    // Malformed XML inside a part the zip declared well.
    return corrupt();
  }
}
