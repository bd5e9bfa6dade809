// Error workbooks: a copy of the input with each bad cell filled and noted, plus the list of all problems.
import type ExcelJS from "exceljs";
import { extname } from "node:path";
import type { Io, Issue } from "../core/index.js";
import { cleanHeader, fold, newWorkbook } from "../ingest/index.js";
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

/** Links from the problems sheet to the marked cells of the copied workbook. */
function cellLink(wb: ExcelJS.Workbook, file: string) {
  return (issue: Issue): string | undefined => {
    const s = issue.source;
    const ws = s && s.file === file && s.sheet !== undefined && s.row !== undefined ? wb.getWorksheet(s.sheet) : undefined;
    if (!ws) return undefined;
    const col = columnOf(ws, s!.column) ?? 1;
    return `#'${ws.name.replace(/'/g, "''")}'!${ws.getColumn(col).letter}${s!.row}`;
  };
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
 * that workbook, bad cells highlighted and noted; otherwise (JSON, YAML, CSV, several workbooks) it
 * holds only the list of problems.
 */
export async function buildErrorWorkbook(files: readonly string[], issues: readonly Issue[], io: Io): Promise<Uint8Array> {
  const books = [...new Set(files)].filter((f) => extname(f).toLowerCase() === ".xlsx");
  const copied = books.length === 1 ? await loadCopy(books[0]!, io) : undefined;
  const wb = copied ?? newWorkbook();
  if (copied) {
    for (const issue of issues) {
      const s = issue.source;
      if (!s || s.file !== books[0] || s.row === undefined || s.sheet === undefined) continue;
      const ws = wb.getWorksheet(s.sheet);
      if (ws) markCell(ws, issue);
    }
  }
  const problems = writeProblems(wb, issues, copied ? cellLink(wb, books[0]!) : undefined);
  // The workbook opens on the list: the clerk sees every problem, then follows them to the cells.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.indexOf(problems), visibility: "visible" }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
