// The instructions sheet of a form, in Vietnamese: how rows, ids, lists, dates and choices work.
import type ExcelJS from "exceljs";
import { ancestors, ID_HEADER, parentHeader, type Layout, type Table } from "../ingest/index.js";
import { CLI_COMMAND, typeWord } from "./words.js";

function steps(layout: Layout): string[] {
  const main = layout.main.sheet;
  const lists = layout.tables.slice(1);
  const out = [
    `Mỗi dòng ở trang "${main}" là một văn bản (một bản ghi). Dòng 1 là dòng tiêu đề: không sửa, không xóa.`,
    `Cột "${ID_HEADER}" ghi một mã tùy ý, không trùng nhau giữa các văn bản (ví dụ 1, 2, 3 hoặc QĐ-125).`,
    'Cột có dấu * (chữ đỏ, đậm) là bắt buộc; các cột khác có thể để trống.',
    "Ngày ghi dạng dd/mm/yyyy, ví dụ 05/09/1980. Nếu Excel tự đảo ngày và tháng, hãy định dạng ô là Văn bản (Text) rồi gõ lại.",
    "Cột có mũi tên khi bấm vào ô: chọn một giá trị trong danh sách. Cột Có/Không: chọn Có hoặc Không.",
    "Ô ghi nhiều mục (ví dụ căn cứ, nơi nhận): mỗi mục một dòng trong cùng ô — xuống dòng bằng Alt+Enter (Excel) hoặc Ctrl+Enter (LibreOffice).",
  ];
  // The record's own id (`Mã cán bộ`) names the output files: namesakes need it.
  const id = layout.main.columns.find((c) => c.pattern === "id");
  if (id) out.push(`Cột "${id.header}" (không bắt buộc): mã riêng của mỗi bản ghi, ví dụ số hiệu cán bộ; mã được ghi vào tên tệp kết quả, giúp phân biệt những người trùng họ tên.`);
  for (const t of lists) out.push(listStep(t));
  out.push(
    "Dòng 2 của mỗi trang là dòng ví dụ: hãy sửa thành dữ liệu thật hoặc xóa đi trước khi tạo văn bản.",
    "Có thể thêm cột riêng (ví dụ Ghi chú): cột không có trong mẫu được bỏ qua kèm cảnh báo. Công thức được đọc theo kết quả đã tính; trang ẩn không được đọc.",
    `Tạo văn bản: chạy lệnh ${CLI_COMMAND} render tệp.xlsx --out thư-mục-kết-quả. Nếu có lỗi, thêm --errors-xlsx loi.xlsx để nhận bản sao của tệp này với các ô lỗi được tô màu và ghi chú cách sửa.`,
  );
  return out;
}

function listStep(t: Table): string {
  const anc = ancestors(t);
  const link = anc.length ? ` và cột "${parentHeader(anc[anc.length - 1]!)}" ghi thứ tự của mục cha ở trang đó (1, 2, 3…)` : "";
  return `Trang "${t.sheet}": mỗi dòng là một mục của "${t.label}". Cột "${ID_HEADER}" ghi đúng mã của văn bản ở trang chính${link}; thứ tự các dòng là thứ tự trong văn bản.`;
}

function columnRows(layout: Layout): string[][] {
  const rows: string[][] = [];
  for (const t of layout.tables) {
    for (const c of t.columns) rows.push([t.sheet, c.header, c.required ? "Bắt buộc" : "", typeWord(c), c.options?.join(", ") ?? ""]);
  }
  return rows;
}

/** Writes the instructions on a sheet of their own. */
export function writeInstructions(ws: ExcelJS.Worksheet, layout: Layout): void {
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 11;
  ws.getColumn(4).width = 34;
  ws.getColumn(5).width = 50;
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const title = ws.getCell("A1");
  title.value = "HƯỚNG DẪN NHẬP LIỆU";
  title.font = { bold: true, size: 14 };
  ws.getCell("A2").value = layout.title;
  ws.getCell("A2").font = { bold: true };
  ws.getCell("A3").value = "Mã loại văn bản";
  ws.getCell("B3").value = layout.kindId;
  let r = 5;
  steps(layout).forEach((text, i) => {
    ws.getCell(r, 1).value = `Bước ${i + 1}`;
    ws.getCell(r, 1).alignment = { vertical: "top" };
    ws.mergeCells(r, 2, r, 5);
    const cell = ws.getCell(r, 2);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(r).height = Math.ceil(text.length / 100) * 15 + 3;
    r++;
  });
  r++;
  const head = ws.getRow(r);
  ["Trang", "Cột", "Bắt buộc", "Kiểu dữ liệu", "Giá trị cho phép"].forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { bold: true };
  });
  for (const row of columnRows(layout)) {
    r++;
    row.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  }
}
