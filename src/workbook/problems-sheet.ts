// The sheet listing every problem of a run: file, sheet, row, column and the Vietnamese message.
import type ExcelJS from "exceljs";
import type { Issue } from "../core/index.js";
import { PROBLEMS_SHEET } from "../ingest/index.js";
import { formatIssue } from "../messages/index.js";

const HEADERS = ["STT", "Mức độ", "Tệp", "Bản ghi", "Trang", "Dòng", "Cột", "Nội dung"];
const WIDTHS = [6, 10, 28, 9, 24, 7, 24, 100];

/** Problems in the order a clerk fixes them: by file, sheet and row; errors before warnings within a row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const key = (i: Issue): [string, string, number, number] => [i.source?.file ?? "", i.source?.sheet ?? "", i.source?.row ?? i.source?.record ?? 0, i.severity === "error" ? 0 : 1];
  return [...issues].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]) || x[2] - y[2] || x[3] - y[3];
  });
}

/** Where a problem's cell is in this workbook (`#'Sheet'!C12`), when the workbook holds it. */
export type CellLink = (issue: Issue) => string | undefined;

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

export function writeProblems(wb: ExcelJS.Workbook, issues: readonly Issue[], linkOf: CellLink = () => undefined): ExcelJS.Worksheet {
  const old = wb.getWorksheet(PROBLEMS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(PROBLEMS_SHEET, { properties: { tabColor: { argb: "FFC00000" } } });
  const head = ws.getRow(1);
  HEADERS.forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { bold: true };
    ws.getColumn(i + 1).width = WIDTHS[i]!;
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  if (issues.length === 0) ws.getCell("H2").value = "Không có lỗi hay cảnh báo nào.";
  sortIssues(issues).forEach((issue, n) => {
    const s = issue.source ?? {};
    const row = ws.getRow(n + 2);
    const values = [n + 1, issue.severity === "error" ? "Lỗi" : "Cảnh báo", s.file ?? "", s.record ?? "", s.sheet ?? "", s.row ?? "", s.column ?? "", formatIssue(issue)];
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
    // Row and column jump to the cell itself (Ctrl+click in Excel, click in LibreOffice).
    const link = linkOf(issue);
    if (link) {
      for (const i of [5, 6]) {
        const cell = row.getCell(i + 1);
        if (values[i] === "") continue;
        cell.value = { text: String(values[i]), hyperlink: link, tooltip: "Đến ô có lỗi" };
        cell.font = LINK_FONT;
      }
    }
    row.getCell(8).alignment = { wrapText: true, vertical: "top" };
    if (issue.severity === "error") row.getCell(2).font = { color: { argb: "FFC00000" }, bold: true };
  });
  return ws;
}
