// What the spreadsheet readers hand on: sheets as rows of plain cell values, whatever the file format.
import type { Issue } from "../core/index.js";

/** A formula without a stored result, or an Excel error value (`#REF!`): unusable, reported per cell. */
export interface BadCell {
  bad: "formula" | "error";
  error?: string;
}
export type CellValue = string | number | boolean | Date | BadCell | null;

export interface Grid {
  /** Sheet name; "" for a CSV file, which has no sheets (messages then say only the row). */
  name: string;
  /** rows[0] is the sheet's row 1, as Excel numbers it; cells[0] is column A. */
  rows: Array<CellValue[] | undefined>;
}

export interface GridBook {
  sheets: Grid[];
  /** The kind id the form generator stamped into the workbook, if any. */
  kindHint?: string;
  /** Serial numbers count from 1904 (old Mac workbooks), not 1900. */
  date1904: boolean;
  issues: Issue[];
}

export const isBadCell = (v: CellValue): v is BadCell => v !== null && typeof v === "object" && !(v instanceof Date);

/** Marks the generator stamps into a workbook's keywords: `cadre-docs:<kind id>`. */
export const KIND_STAMP = "cadre-docs:";
