// Builds small workbooks and CSV texts for the spreadsheet tests, headers written as a clerk would.
import ExcelJS from "exceljs";

export type Rows = unknown[][];

export interface BookSpec {
  sheets: Record<string, Rows>;
  hidden?: string[];
  keywords?: string;
  /** Number formats per sheet and column letter (e.g. a date format). */
  formats?: Record<string, Record<string, string>>;
  /** Merged ranges per sheet (e.g. "B1:C1"). */
  merges?: Record<string, string[]>;
}

export async function xlsxOf(spec: BookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (spec.keywords) wb.keywords = spec.keywords;
  for (const [name, rows] of Object.entries(spec.sheets)) {
    const ws = wb.addWorksheet(name, { state: spec.hidden?.includes(name) ? "hidden" : "visible" });
    for (const [letter, fmt] of Object.entries(spec.formats?.[name] ?? {})) ws.getColumn(letter).numFmt = fmt;
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    for (const range of spec.merges?.[name] ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The record columns of a rotation decision with labels as the form writes them (less the optional ones). */
export const DECISION_HEADERS = [
  "Mã bản ghi", "Thể thức", "Tên cơ quan ban hành", "Ký hiệu cơ quan", "Địa danh", "Số văn bản", "Ngày ban hành",
  "Cấp quyết định", "Căn cứ", "Cơ quan đề nghị", "Cơ quan thi hành", "Thẩm quyền ký", "Chức vụ người ký", "Họ tên người ký", "Nơi nhận", "Lưu",
];

export const decisionRow = (id: unknown, number = 38): unknown[] => [
  id, "nd30", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "UBND", "Thanh Hóa", number, "29/06/2026", "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025\nCăn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025",
  "Giám đốc Sở Nội vụ", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ", "head", "CHỦ TỊCH", "Trần Văn Mẫu",
  "Thường trực Tỉnh ủy (để b/c)\nLưu trữ", "VT, NV",
];

export const PERSON_HEADERS = [
  "Mã bản ghi", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ hiện nay", "Đơn vị hiện nay", "Nơi đến công tác", "Chức vụ mới",
  "Thời gian luân chuyển (tháng)", "Từ ngày",
];

export const personRow = (id: unknown, name: string, birth: unknown = "12/03/1985"): unknown[] => [
  id, name, "nam", birth, "Phó Trưởng phòng", "Sở Nội vụ", "Ủy ban nhân dân xã Hà Trung", "Phó Chủ tịch Ủy ban nhân dân xã", 36, "15/07/2026",
];

export const PEOPLE_SHEET = "Danh sách cán bộ luân chuyển";

/** A valid workbook of one rotation decision with the given people rows. */
export const decisionBook = (people: Rows, extra: Partial<BookSpec> = {}): Promise<Uint8Array> =>
  xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS, decisionRow(1)], [PEOPLE_SHEET]: [PERSON_HEADERS, ...people] }, ...extra });
