// Where each column of a table sits in a sheet: fixed in a new form, found by header in a filled one.
import type ExcelJS from "exceljs";
import { ancestors, parentHeader, ID_HEADER, type Column, type SheetColumns, type Table } from "../ingest/index.js";
import { cellValue } from "./cell-out.js";
import type { RowOut } from "./rows.js";

/** 1-based column numbers. */
export interface Positions {
  id?: number;
  parents: Map<Table, number>;
  columns: Map<Column, number>;
}

export interface Heading {
  text: string;
  column?: Column;
}

/** A new form's headers: the record id, the links to parent items, then the table's columns. */
export function formHeadings(table: Table): Heading[] {
  return [{ text: ID_HEADER }, ...ancestors(table).map((t) => ({ text: parentHeader(t) })), ...table.columns.map((column) => ({ text: column.header, column }))];
}

export function formPositions(table: Table): Positions {
  const pos: Positions = { id: 1, parents: new Map(), columns: new Map() };
  ancestors(table).forEach((t, i) => pos.parents.set(t, i + 2));
  const offset = 2 + ancestors(table).length;
  table.columns.forEach((c, i) => pos.columns.set(c, offset + i));
  return pos;
}

/** Positions read back from a sheet's header row (0-based cell indexes → 1-based columns). */
export function foundPositions(header: SheetColumns): Positions {
  const pos: Positions = { parents: new Map(), columns: new Map() };
  if (header.id !== undefined) pos.id = header.id + 1;
  for (const [t, i] of header.parents) pos.parents.set(t, i + 1);
  for (const [i, { column }] of header.columns) pos.columns.set(column, i + 1);
  return pos;
}

const LINE_PT = 15;
const MAX_ROW_PT = 409;

/** Lines a text takes in a column of this width (characters), counting its own line breaks. */
function linesIn(text: string, width: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(4, width - 1))), 0);
}

/** Spreadsheet programs do not grow a written row to fit wrapped text: the height is set here. */
function fitHeight(ws: ExcelJS.Worksheet, r: ExcelJS.Row): void {
  let lines = 1;
  r.eachCell((cell, c) => {
    if (typeof cell.value === "string") lines = Math.max(lines, linesIn(cell.value, ws.getColumn(c).width ?? 10));
  });
  if (lines > 1) r.height = Math.min(MAX_ROW_PT, lines * LINE_PT);
}

export function writeRow(ws: ExcelJS.Worksheet, at: number, pos: Positions, row: RowOut): void {
  const r = ws.getRow(at);
  if (pos.id !== undefined) r.getCell(pos.id).value = row.id;
  ancestors(row.table).forEach((t, i) => {
    const col = pos.parents.get(t);
    if (col !== undefined) r.getCell(col).value = row.parents[i]!;
  });
  for (const [column, v] of row.values) {
    const col = pos.columns.get(column);
    if (col !== undefined) r.getCell(col).value = cellValue(column, v);
  }
  fitHeight(ws, r);
}
