// The look and the guard rails of a form sheet: bold required headers, widths, formats, drop-downs.
import type ExcelJS from "exceljs";
import { CHOICES_SHEET, YES_NO, type Column, type Table } from "../ingest/index.js";
import { formHeadings, type Heading } from "./positions.js";
import { headerNote } from "./words.js";

/** Rows that get the drop-downs and formats; a clerk rarely fills more in one workbook. */
export const FORM_ROWS = 1000;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const WIDTHS: Record<Column["type"], number> = { text: 28, date: 13, integer: 11, number: 11, boolean: 11, choice: 16, json: 30 };

/** Choice lists live on a hidden sheet: a drop-down may then hold commas and be longer than 255 characters. */
export class ChoiceLists {
  private next = 1;
  private readonly ranges = new Map<string, string>();
  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  range(options: readonly string[]): string {
    const key = options.join("\u0000");
    const hit = this.ranges.get(key);
    if (hit) return hit;
    const col = this.sheet.getColumn(this.next++);
    options.forEach((o, i) => (this.sheet.getCell(i + 1, col.number).value = o));
    const letter = col.letter;
    const range = `'${CHOICES_SHEET}'!$${letter}$1:$${letter}$${options.length}`;
    this.ranges.set(key, range);
    return range;
  }
}

function validation(c: Column, lists: ChoiceLists): ExcelJS.DataValidation | undefined {
  const stop = { showErrorMessage: true, errorStyle: "stop" as const, errorTitle: "Giá trị không hợp lệ", allowBlank: true };
  const options = c.type === "boolean" ? [...YES_NO] : c.type === "choice" ? c.options : undefined;
  if (options && !c.list) return { ...stop, type: "list", formulae: [lists.range(options)], error: `Hãy chọn một giá trị trong danh sách: ${options.join(", ")}.` };
  if ((c.type === "integer" || c.type === "number") && !c.list && (c.min !== undefined || c.max !== undefined)) {
    const [min, max] = [c.min ?? -1e9, c.max ?? 1e9];
    const word = c.type === "integer" ? "số nguyên" : "số";
    return { ...stop, type: c.type === "integer" ? "whole" : "decimal", operator: "between", formulae: [Math.ceil(min), Math.floor(max)], error: `Hãy ghi ${word} từ ${Math.ceil(min)} đến ${Math.floor(max)}.` };
  }
  return undefined;
}

/** exceljs can validate a whole range at once, but its type declarations do not say so. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

function headerCell(cell: ExcelJS.Cell, h: Heading): void {
  const required = h.column?.required ?? false;
  cell.value = required ? `${h.text} *` : h.text;
  cell.font = { bold: required || !h.column, color: required ? { argb: "FFC00000" } : undefined };
  cell.fill = HEADER_FILL;
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  cell.border = { bottom: { style: "thin" } };
  if (h.column) cell.note = headerNote(h.column);
}

/** Writes the header row and prepares the data rows of one table's sheet. */
export function formatSheet(ws: ExcelJS.Worksheet, table: Table, lists: ChoiceLists): void {
  const headings = formHeadings(table);
  const header = ws.getRow(1);
  header.height = 48;
  headings.forEach((h, i) => {
    const n = i + 1;
    const col = ws.getColumn(n);
    const c = h.column;
    col.width = c ? (c.list ? 45 : WIDTHS[c.type]) : 12;
    // Column styles go first: exceljs applies them to the cells already there, the header included.
    if (!c) col.alignment = { vertical: "top" };
    else {
      // Text columns are text in Excel too: `01` keeps its zero and `1/2` does not turn into a date.
      if (c.type === "date" && !c.list) col.numFmt = "dd/mm/yyyy";
      else if (c.type === "text" || c.list) col.numFmt = "@";
      col.alignment = c.list || c.type === "text" ? { wrapText: true, vertical: "top" } : { vertical: "top" };
      const v = validation(c, lists);
      if (v) validations(ws).add(`${col.letter}2:${col.letter}${FORM_ROWS + 1}`, v);
    }
    headerCell(header.getCell(n), h);
  });
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
}
