// Error workbooks: a copy of the input with each bad cell filled and noted, plus the list of all problems.
import type ExcelJS from "exceljs";
import { extname } from "node:path";
import type { Io, Issue } from "../core/index.js";
import { cleanHeader, fold, INSTRUCTIONS_SHEET, newWorkbook, PROBLEMS_SHEET } from "../ingest/index.js";
import { formatIssue, issueMessage } from "../messages/index.js";
import { writeProblems } from "./problems-sheet.js";

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
const HEADER_ROWS = 10;

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** The column whose header (in the first rows) is this one; the row's first cell when there is none. */
function columnOf(ws: ExcelJS.Worksheet, header: string | undefined): number | undefined {
  if (!header) return undefined;
  for (let r = 1; r <= Math.min(HEADER_ROWS, ws.rowCount); r++) {
    let hit: number | undefined;
    ws.getRow(r).eachCell((cell, c) => {
      if (hit === undefined && typeof cell.value === "string" && fold(cleanHeader(cell.value)) === fold(header)) hit = c;
    });
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function markCell(ws: ExcelJS.Worksheet, issue: Issue): void {
  const col = columnOf(ws, issue.source?.column);
  const cell = ws.getCell(issue.source!.row!, col ?? 1);
  // Without its column in the sheet the note must say which column is meant: the full message then.
  const text = col === undefined ? formatIssue(issue) : issueMessage(issue);
  const before = noteText(cell.note);
  cell.note = before ? `${before}\n\n${text}` : text;
  const current = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  if (issue.severity === "error" || current !== FILL.error) {
    // A fresh style object: exceljs shares one among the cells of a loaded column.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[issue.severity] } } };
  }
}

const REFUSED = new Set<string>(["file_too_large", "file_unreadable", "too_many_rows", "too_many_columns"]);

/** The sheet of this workbook that shows an issue's cell (the input's own sheet, or its copy), if any. */
type SheetOf = (issue: Issue) => ExcelJS.Worksheet | undefined;

/** Links from the problems sheet to the marked cells. */
function cellLink(sheetOf: SheetOf) {
  return (issue: Issue): string | undefined => {
    const ws = sheetOf(issue);
    if (!ws) return undefined;
    const col = columnOf(ws, issue.source!.column) ?? 1;
    return `#'${ws.name.replace(/'/g, "''")}'!${ws.getColumn(col).letter}${issue.source!.row}`;
  };
}

const MAX_SHEET_NAME = 31;

/** Several workbooks: each one's visible data sheets copied in, named `1-Trang`, `2-Trang`… (drop-downs left out). */
async function copyBooks(wb: ExcelJS.Workbook, books: readonly string[], io: Io): Promise<Map<string, ExcelJS.Worksheet>> {
  const copies = new Map<string, ExcelJS.Worksheet>();
  for (const [i, file] of books.entries()) {
    const src = await loadCopy(file, io);
    for (const ws of src?.worksheets ?? []) {
      if (ws.state !== "visible" || [INSTRUCTIONS_SHEET, PROBLEMS_SHEET].includes(ws.name)) continue;
      let name = `${i + 1}-${ws.name}`.slice(0, MAX_SHEET_NAME).trim();
      for (let n = 2; wb.getWorksheet(name); n++) name = `${i + 1}-${n}-${ws.name}`.slice(0, MAX_SHEET_NAME).trim();
      const copy = wb.addWorksheet(name);
      // exceljs has no sheet copy: its model carries values, styles and notes; merges go by another key.
      const model = ws.model as ExcelJS.WorksheetModel & { merges?: string[] };
      copy.model = { ...model, name, id: copy.id, mergeCells: model.merges, dataValidations: {} } as unknown as ExcelJS.WorksheetModel;
      copy.name = name;
      copies.set(`${file}\u0000${ws.name}`, copy);
    }
  }
  return copies;
}

async function loadCopy(file: string, io: Io): Promise<ExcelJS.Workbook | undefined> {
  try {
    const bytes = await io.readFile(file);
    const wb = newWorkbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return wb;
  } catch {
    // Unreadable (encrypted, corrupt): the problems sheet alone says why.
    return undefined;
  }
}

/**
 * One workbook for the problems of a run over `files`. With exactly one .xlsx input it is a copy of
 * that workbook; with several, their data sheets are copied in (`1-…`, `2-…`); bad cells are filled and
 * noted, and each problem in the list links to its cell. JSON, YAML and CSV inputs get the list only.
 */
export async function buildErrorWorkbook(files: readonly string[], issues: readonly Issue[], io: Io): Promise<Uint8Array> {
  const books = [...new Set(files)].filter((f) => extname(f).toLowerCase() === ".xlsx");
  // A workbook refused as a whole (too big, a zip bomb, too many rows) is never loaded again for the copy.
  const refused = (f: string) => issues.some((i) => i.source?.file === f && i.source?.row === undefined && REFUSED.has(i.code));
  const copied = books.length === 1 && !refused(books[0]!) ? await loadCopy(books[0]!, io) : undefined;
  const wb = copied ?? newWorkbook();
  const copies = books.length > 1 ? await copyBooks(wb, books.filter((f) => !refused(f)), io) : undefined;
  const sheetOf: SheetOf = (issue) => {
    const s = issue.source;
    if (!s || s.file === undefined || s.row === undefined || s.sheet === undefined) return undefined;
    if (copied) return s.file === books[0] ? wb.getWorksheet(s.sheet) : undefined;
    return copies?.get(`${s.file}\u0000${s.sheet}`);
  };
  for (const issue of issues) {
    const ws = sheetOf(issue);
    if (ws) markCell(ws, issue);
  }
  const problems = writeProblems(wb, issues, cellLink(sheetOf));
  // The workbook opens on the list: the clerk sees every problem, then follows them to the cells.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.indexOf(problems), visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
