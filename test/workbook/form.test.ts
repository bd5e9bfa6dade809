// Generated input workbooks: headers, required marks, drop-downs, date formats, instructions, example row.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { fillInputWorkbook, inputWorkbook, listKinds } from "../../src/index.js";
import { findKind } from "../../src/kinds/index.js";
import { ingestFile, layoutOf } from "../../src/ingest/index.js";
import { sampleRecord } from "../../src/workbook/index.js";
import { memoryIo } from "../ingest/memory-io.js";

const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
};
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
const colOf = (ws: ExcelJS.Worksheet, text: string) => header(ws).indexOf(text) + 1;

describe("the rotation decision form", () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const made = await inputWorkbook("rotation-decision", { now: new Date("2026-01-15T00:00:00Z") });
    if (!made.ok) throw new Error("no form");
    bytes = made.value;
    wb = await load(bytes);
  });

  it("has the instructions, the record sheet, the people sheet and a hidden list of choices", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Hướng dẫn", "visible"],
      ["Quyết định luân chuyển cán bộ", "visible"],
      ["Danh sách cán bộ luân chuyển", "visible"],
      ["Danh mục", "hidden"],
    ]);
    expect(wb.keywords).toBe("cadre-docs:rotation-decision");
  });

  it("writes Vietnamese headers, required ones marked with * in bold", () => {
    const ws = wb.getWorksheet("Danh sách cán bộ luân chuyển")!;
    expect(header(ws)).toEqual([
      "Mã bản ghi", "Họ và tên *", "Giới tính *", "Ngày sinh *", "Chức vụ hiện nay *", "Đơn vị hiện nay *", "Nơi đến công tác *", "Chức vụ mới *",
      "Thời gian luân chuyển (tháng)", "Từ ngày *", "Trường hợp đặc biệt", "Lý do trường hợp đặc biệt",
    ]);
    expect(ws.getCell(1, colOf(ws, "Họ và tên *")).font?.bold).toBe(true);
    expect(ws.getCell(1, colOf(ws, "Lý do trường hợp đặc biệt")).font?.bold).toBeFalsy();
    expect(String(ws.getCell(1, colOf(ws, "Ngày sinh *")).note)).toContain("Bắt buộc.\nKiểu: Ngày, dạng dd/mm/yyyy.");
  });

  it("offers drop-downs for closed choices and yes/no, and bounds for numbers", () => {
    const ws = wb.getWorksheet("Danh sách cán bộ luân chuyển")!;
    const list = (text: string) => ws.getCell(2, colOf(ws, text)).dataValidation;
    const choices = wb.getWorksheet("Danh mục")!;
    const values = (v: ExcelJS.DataValidation) => {
      const m = /\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(String(v.formulae[0]))!;
      return Array.from({ length: Number(m[2]) }, (_, i) => choices.getCell(`${m[1]}${i + 1}`).value);
    };
    expect(list("Giới tính *")).toMatchObject({ type: "list", showErrorMessage: true });
    expect(values(list("Giới tính *"))).toEqual(["nam", "nữ"]);
    expect(values(list("Trường hợp đặc biệt"))).toEqual(["Có", "Không"]);
    expect(list("Thời gian luân chuyển (tháng)")).toMatchObject({ type: "whole", formulae: [1, 120] });
    const main = wb.getWorksheet("Quyết định luân chuyển cán bộ")!;
    const modes = ["Cấp trưởng ký trực tiếp", "TM. (thay mặt)", "KT. (ký thay)", "Q. (quyền)", "TL. (thừa lệnh)", "TUQ. (thừa ủy quyền)"];
    expect(values(main.getCell(500, colOf(main, "Thẩm quyền ký *")).dataValidation)).toEqual(modes);
    expect(values(main.getCell(2, colOf(main, "Thể thức")).dataValidation)).toEqual(["Thể thức Đảng", "Thể thức Nhà nước"]);
    expect(values(main.getCell(2, colOf(main, "Phiên bản mẫu")).dataValidation)).toEqual(["Quy định 65-QĐ/TW (2022)"]);
  });

  it("speaks the clerk's words for codes: example cells, header notes and the guide's allowed values", () => {
    const main = wb.getWorksheet("Quyết định luân chuyển cán bộ")!;
    // The sample record says `head` and `nd30`.
    expect(main.getCell(2, colOf(main, "Thẩm quyền ký *")).value).toBe("Cấp trưởng ký trực tiếp");
    expect(main.getCell(2, colOf(main, "Thể thức")).value).toBe("Thể thức Nhà nước");
    expect(String(main.getCell(1, colOf(main, "Thẩm quyền ký *")).note)).toContain("Giá trị: Cấp trưởng ký trực tiếp, TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền).");
    const guide = wb.getWorksheet("Hướng dẫn")!;
    const rows = Array.from(guide.getSheetValues(), (r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => String(v ?? "")) : []));
    expect(rows.find((r) => r[1] === "Phiên bản mẫu")?.[4]).toBe("Quy định 65-QĐ/TW (2022)");
    expect(rows.find((r) => r[1] === "Thể thức")?.[4]).toBe("Thể thức Đảng, Thể thức Nhà nước");
    const text = rows.flat().join("\n");
    for (const code of ["byAuthorization", "collective", "nd30"]) expect(text).not.toContain(code);
  });

  it("formats date columns dd/mm/yyyy and text columns as text", () => {
    const ws = wb.getWorksheet("Danh sách cán bộ luân chuyển")!;
    expect(ws.getColumn(colOf(ws, "Ngày sinh *")).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell(2, colOf(ws, "Ngày sinh *")).value).toEqual(new Date(Date.UTC(1985, 2, 12)));
    expect(ws.getColumn(colOf(ws, "Họ và tên *")).numFmt).toBe("@");
  });

  it("explains itself in Vietnamese", () => {
    const ws = wb.getWorksheet("Hướng dẫn")!;
    const text = ws.getSheetValues().flat().filter((v): v is string => typeof v === "string").join("\n");
    expect(text).toContain("HƯỚNG DẪN NHẬP LIỆU");
    expect(text).toContain('Trang "Danh sách cán bộ luân chuyển": mỗi dòng là một mục của "Danh sách cán bộ luân chuyển". Cột "Mã bản ghi" ghi đúng mã của văn bản ở trang chính');
    expect(text).toContain("Ngày ghi dạng dd/mm/yyyy");
    expect(text).toContain("Alt+Enter");
    // The command the README's install gives (CLI_COMMAND), and the staff id that names files.
    expect(text).toContain("Tạo văn bản: chạy lệnh cadre-docs render tệp.xlsx --out thư-mục-kết-quả.");
    expect(text).toContain('Cột "Mã văn bản" (không bắt buộc): mã riêng của mỗi bản ghi');
  });

  it("reads back its example row as the sample record", async () => {
    const r = await ingestFile("mau.xlsx", memoryIo({ "mau.xlsx": bytes }));
    expect(r.issues).toEqual([]);
    const kind = findKind("rotation-decision")!;
    expect(kind.schema.parse(r.records[0]!.data)).toEqual(kind.schema.parse(await sampleRecord("rotation-decision")));
  });
});

describe("forms of every kind", () => {
  it("refuses a workbook for a bundle kind, whose records are other kinds' records", async () => {
    for (const { id } of listKinds().filter((k) => k.bundle)) {
      const made = await inputWorkbook(id);
      expect(made.ok).toBe(false);
      expect(made.issues[0]!.code).toBe("bundle_no_workbook");
    }
  });

  for (const { id } of listKinds().filter((k) => !k.bundle)) {
    it(`${id}: one sheet per list, every column under its header, the example read back`, async () => {
      const made = await inputWorkbook(id);
      if (!made.ok) throw new Error(id);
      const wb = await load(made.value);
      const layout = layoutOf(findKind(id)!);
      for (const t of layout.tables) {
        const ws = wb.getWorksheet(t.sheet)!;
        expect(ws, t.sheet).toBeDefined();
        expect(header(ws).slice(-t.columns.length)).toEqual(t.columns.map((c) => (c.required ? `${c.header} *` : c.header)));
      }
      const r = await ingestFile("mau.xlsx", memoryIo({ "mau.xlsx": made.value }));
      expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(r.records).toHaveLength(1);
    });
  }

  it("fills only its own forms", async () => {
    const { xlsxOf } = await import("../ingest/sheet-fixtures.js");
    const r = await fillInputWorkbook(await xlsxOf({ sheets: { S: [["a"]] } }), []);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.params.reason])).toEqual([["no_data_sheet", "no_kind"]]);
  });

  it("refuses an unknown kind", async () => {
    const made = await inputWorkbook("appointment");
    expect(made.ok).toBe(false);
    expect(made.issues.map((i) => i.code)).toEqual(["unknown_kind"]);
  });
});
