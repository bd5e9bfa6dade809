// The printable register (Sổ đăng ký văn bản đi, Phụ lục IV Nghị định 30/2020) as an Excel workbook.
import ExcelJS from "exceljs";
import { REGISTER_COLUMNS, type RegisterRow, type RegisterView } from "../workflow/index.js";

const WIDTHS: Record<string, number> = { numberText: 16, date: 12, typeAndSummary: 48, signer: 20, recipients: 28, archive: 18, copies: 8, sentDate: 12, receivedBy: 12, note: 24 };

export async function registerWorkbook(reg: RegisterView, rows: readonly RegisterRow[], year?: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sổ văn bản đi", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const last = REGISTER_COLUMNS.length;
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).value = `SỔ ĐĂNG KÝ VĂN BẢN ĐI${year ? ` NĂM ${year}` : ""}`;
  ws.getCell(1, 1).font = { name: "Times New Roman", size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(2, 1).value = reg.name;
  ws.getCell(2, 1).alignment = { horizontal: "center" };
  const header = ws.getRow(4);
  REGISTER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = { name: "Times New Roman", size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getColumn(i + 1).width = WIDTHS[c.key] ?? 14;
  });
  // The numbers of the columns, (1)…(10), as the form prints them under the headings.
  REGISTER_COLUMNS.forEach((_c, i) => Object.assign(ws.getRow(5).getCell(i + 1), { value: `(${i + 1})`, alignment: { horizontal: "center" } }));
  rows.forEach((r, n) => {
    const row = ws.getRow(6 + n);
    REGISTER_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = r[c.key];
      cell.alignment = { vertical: "top", wrapText: true };
    });
  });
  for (let r = 4; r < 6 + rows.length; r++) {
    for (let c = 1; c <= last; c++) ws.getRow(r).getCell(c).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  }
  ws.views = [{ state: "frozen", ySplit: 5 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
