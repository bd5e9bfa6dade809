// exceljs on first use: loading it costs about 0.2-0.4 s and 40 MB, which JSON batches and render workers never need.
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

// A synchronous require (exceljs is CommonJS) keeps buildForm and the readers' signatures as they were.
const require = createRequire(import.meta.url);
let loaded: typeof ExcelJS | undefined;

/** A new, empty exceljs workbook; the first call loads the library. */
export function newWorkbook(): ExcelJS.Workbook {
  loaded ??= require("exceljs") as typeof ExcelJS;
  return new loaded.Workbook();
}
