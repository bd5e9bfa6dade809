// Input workbooks generated from a kind's schema: headers, formats, drop-downs, instructions, an example row.
import type ExcelJS from "exceljs";
import type { KindDefinition } from "../kinds/index.js";
import { CHOICES_SHEET, INSTRUCTIONS_SHEET, KIND_STAMP, layoutOf, newWorkbook, type Layout } from "../ingest/index.js";
import { writeInstructions } from "./instructions.js";
import { formPositions, writeRow } from "./positions.js";
import { rowsOf } from "./rows.js";
import { ChoiceLists, formatSheet } from "./sheet-format.js";

export interface FormOptions {
  /** A record of the kind written as row 2 (the example); none: the sheets have headers only. */
  example?: unknown;
  /** Creation date stamped into the file (fixed for reproducible files). */
  now?: Date;
}

export function stampWorkbook(wb: ExcelJS.Workbook, layout: Layout, now: Date): void {
  wb.creator = "cadre-docs";
  wb.lastModifiedBy = "cadre-docs";
  wb.title = `Mẫu nhập liệu: ${layout.title}`;
  // The reader finds the kind here, whatever the clerk does to the sheets.
  wb.keywords = `${KIND_STAMP}${layout.kindId}`;
  wb.created = now;
  wb.modified = now;
}

/** The form as an exceljs workbook: instructions first, the record sheet active, then one sheet per list. */
export function buildForm(kind: KindDefinition, opts: FormOptions = {}): ExcelJS.Workbook {
  const layout = layoutOf(kind);
  const wb = newWorkbook();
  stampWorkbook(wb, layout, opts.now ?? new Date());
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  const sheets = layout.tables.map((t) => wb.addWorksheet(t.sheet));
  const lists = new ChoiceLists(wb.addWorksheet(CHOICES_SHEET, { state: "hidden" }));
  layout.tables.forEach((t, i) => formatSheet(sheets[i]!, t, lists));
  writeInstructions(help, layout);
  if (opts.example !== undefined) {
    const rows = rowsOf(layout, [opts.example]);
    layout.tables.forEach((t, i) => {
      const pos = formPositions(t);
      rows.get(t)!.forEach((row, n) => writeRow(sheets[i]!, n + 2, pos, row));
    });
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
