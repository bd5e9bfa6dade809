// Error workbooks and the form command through the real CLI: bad cells filled and noted, a list of problems.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fillInputWorkbook, formatIssue, nodeIo, renderFiles } from "../../src/index.js";
import { sampleRecord } from "../../src/workbook/index.js";
import { runCli } from "../helpers/cli.js";

const PEOPLE = "Danh sách cán bộ luân chuyển";
const RED = "FFFFC7CE";
const YELLOW = "FFFFEB9C";

const load = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};
const filledForm = async (form: string, record: unknown): Promise<Uint8Array> => {
  const r = await fillInputWorkbook(new Uint8Array(readFileSync(form)), [record]);
  if (!r.ok) throw new Error("not filled");
  return r.value;
};
const colOf = (ws: ExcelJS.Worksheet, text: string) => (ws.getRow(1).values as unknown[]).indexOf(text);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) => (typeof cell.note === "string" ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join(""));

describe("cadre-docs form, then validate --errors-xlsx", () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-errors-"));
  const form = join(dir, "mau.xlsx");
  const input = join(dir, "can-bo.xlsx");
  const errors = join(dir, "loi.xlsx");
  let run: ReturnType<typeof runCli>;

  beforeAll(async () => {
    const made = runCli(["form", "rotation-decision", "--xlsx", form]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Đã tạo tệp mẫu nhập liệu ${form}`);
    const sample = structuredClone((await sampleRecord("rotation-decision")) as { number: unknown; people: Array<Record<string, unknown>> });
    sample.people[0]!.birthDate = "31/02/1985";
    sample.people[2]!.sex = "không rõ";
    sample.number = "ba tám";
    const filled = await filledForm(form, sample);
    // A column of the clerk's own: kept, ignored, warned about.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filled.buffer.slice(filled.byteOffset, filled.byteOffset + filled.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(PEOPLE)!;
    ws.getCell(1, ws.columnCount + 1).value = "Ghi chú";
    await wb.xlsx.writeFile(input);
    run = runCli(["validate", input, "--errors-xlsx", errors]);
  }, 120_000);

  it("prints messages naming file, sheet, row and column", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Lỗi: Tệp ${input}, trang "${PEOPLE}", dòng 2, cột "Ngày sinh": ngày "31/02/1985" không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.`);
    expect(run.stdout).toContain(`Cảnh báo: Tệp ${input}, trang "${PEOPLE}", dòng 1, cột "Ghi chú": cột này không có trong mẫu nên đã bị bỏ qua.`);
    expect(run.stdout).toContain(`Lỗi: Tệp ${input}, trang "Quyết định luân chuyển cán bộ", dòng 2, cột "Số văn bản": phải là số nhưng đang là chữ.`);
    expect(run.stdout).toContain(`Lỗi: Tệp ${input}, trang "${PEOPLE}", dòng 4, cột "Giới tính": giá trị "không rõ" không hợp lệ. Hãy ghi một trong các giá trị: nam, nữ.`);
    expect(run.stdout).toContain(`Đã ghi 4 lỗi và cảnh báo vào ${errors}.`);
  });

  it("fills and notes the bad cells in a copy of the input", async () => {
    const wb = await load(errors);
    const ws = wb.getWorksheet(PEOPLE)!;
    const birth = ws.getCell(2, colOf(ws, "Ngày sinh *"));
    expect(birth.value).toBe("31/02/1985");
    expect(fillOf(birth)).toBe(RED);
    expect(noteOf(birth)).toBe('Lỗi: Ngày "31/02/1985" không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.');
    expect(fillOf(ws.getCell(4, colOf(ws, "Giới tính *")))).toBe(RED);
    const main = wb.getWorksheet("Quyết định luân chuyển cán bộ")!;
    expect(fillOf(main.getCell(2, colOf(main, "Số văn bản")))).toBe(RED);
    expect(noteOf(main.getCell(2, colOf(main, "Số văn bản")))).toMatch(/^Lỗi: Phải là số nhưng đang là chữ/);
    const note = ws.getCell(1, colOf(ws, "Ghi chú"));
    expect(fillOf(note)).toBe(YELLOW);
    expect(noteOf(note)).toMatch(/^Cảnh báo: Cột này không có trong mẫu/);
    // Cells without problems stay as they were.
    expect(fillOf(ws.getCell(3, colOf(ws, "Ngày sinh *")))).toBeUndefined();
    expect(ws.getCell(3, colOf(ws, "Họ và tên *")).value).toBe("Đặng Thị Thu Trang");
  });

  it("lists every problem on a sheet of its own, opened first", async () => {
    const wb = await load(errors);
    const ws = wb.getWorksheet("Danh sách lỗi")!;
    expect(wb.views[0]!.activeTab).toBe(wb.worksheets.indexOf(ws));
    // Row and column are links to the cell: `{ text, hyperlink }`.
    const shown = (v: unknown) => (v !== null && typeof v === "object" && "text" in v ? (v as { text: unknown }).text : v);
    const rows = ws.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 8).map(shown));
    expect(rows).toEqual([
      [1, "Cảnh báo", input, "", PEOPLE, "1", "Ghi chú"],
      [2, "Lỗi", input, 1, PEOPLE, "2", "Ngày sinh"],
      [3, "Lỗi", input, 1, PEOPLE, "4", "Giới tính"],
      [4, "Lỗi", input, 1, "Quyết định luân chuyển cán bộ", "2", "Số văn bản"],
    ]);
    const birthCol = wb.getWorksheet(PEOPLE)!.getColumn(colOf(wb.getWorksheet(PEOPLE)!, "Ngày sinh *")).letter;
    expect(ws.getCell("F3").value).toMatchObject({ text: "2", hyperlink: `#'${PEOPLE}'!${birthCol}2` });
    expect(ws.getCell("G5").value).toMatchObject({ text: "Số văn bản", hyperlink: expect.stringMatching(/^#'Quyết định luân chuyển cán bộ'![A-Z]+2$/) });
    expect(String(ws.getCell("H3").value)).toContain('dòng 2, cột "Ngày sinh": ngày "31/02/1985" không tồn tại');
  });

  it("places issues found after reading (schema rules) at their cell too", async () => {
    const sample = structuredClone((await sampleRecord("rotation-decision")) as { people: Array<Record<string, unknown>> });
    sample.people[1]!.months = 12;
    const file = join(dir, "rule.xlsx");
    writeFileSync(file, await filledForm(form, sample));
    const report = await renderFiles([file], { outDir: join(dir, "out"), io: nodeIo(), formats: [], now: () => new Date(), dryRun: true, workers: 1 });
    const issue = report.failures[0]!.issues.find((i) => i.code === "rotation_too_short")!;
    expect(issue.source).toMatchObject({ file, record: 1, sheet: PEOPLE, row: 3, column: "Thời gian luân chuyển (tháng)" });
    expect(formatIssue(issue).startsWith(`Lỗi: Tệp ${file}, trang "${PEOPLE}", dòng 3, cột "Thời gian luân chuyển (tháng)": thời gian luân chuyển 12 tháng`)).toBe(true);
  });

  it("writes only the list of problems for a JSON input", async () => {
    const json = join(dir, "qd.json");
    const sample = structuredClone((await sampleRecord("rotation-decision")) as { people: Array<Record<string, unknown>> });
    sample.people[0]!.months = 12;
    writeFileSync(json, JSON.stringify(sample));
    const out = join(dir, "loi-json.xlsx");
    expect(runCli(["validate", json, "--errors-xlsx", out]).code).toBe(1);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách lỗi"]);
    expect(String(wb.worksheets[0]!.getCell("H2").value)).toMatch(/^Lỗi: Tệp .*qd\.json, bản ghi 1, trường "Thời gian luân chuyển \(tháng\)"/);
  });
});
