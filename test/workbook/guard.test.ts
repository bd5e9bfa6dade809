// `form` never overwrites a workbook holding a clerk's data; an untouched generated form may be replaced.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillInputWorkbook, inputWorkbook, nodeIo, workbookState } from "../../src/index.js";
import { tmp } from "../batch/helpers.js";
import { runCli } from "../helpers/cli.js";
import { loadRecord } from "../helpers/samples.js";

const io = nodeIo();
const form = async () => {
  const made = await inputWorkbook("rotation-decision", { now: new Date("2026-01-15T00:00:00Z") });
  if (!made.ok) throw new Error("no form");
  return made.value;
};

describe("what a workbook holds", () => {
  it("tells a missing file, an untouched form, an emptied form, an edited example, more rows and a foreign file apart", async () => {
    const dir = tmp("cadre-guard-");
    const path = (name: string) => join(dir, name);
    expect(await workbookState(path("none.xlsx"), io)).toBe("missing");
    const bytes = await form();
    writeFileSync(path("new.xlsx"), bytes);
    expect(await workbookState(path("new.xlsx"), io)).toBe("untouched");
    const emptied = await fillInputWorkbook(bytes, []);
    writeFileSync(path("emptied.xlsx"), emptied.ok ? emptied.value : new Uint8Array());
    expect(await workbookState(path("emptied.xlsx"), io)).toBe("untouched");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    wb.getWorksheet("Danh sách cán bộ luân chuyển")!.getCell("C2").value = "Trần Thị Sửa";
    writeFileSync(path("edited.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(await workbookState(path("edited.xlsx"), io)).toBe("data");
    const sample = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json");
    const two = await fillInputWorkbook(bytes, [sample, { ...sample, number: 126 }]);
    writeFileSync(path("two.xlsx"), two.ok ? two.value : new Uint8Array());
    expect(await workbookState(path("two.xlsx"), io)).toBe("data");
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1").getCell("A1").value = "Bảng lương";
    writeFileSync(path("foreign.xlsx"), new Uint8Array(await foreign.xlsx.writeBuffer()));
    expect(await workbookState(path("foreign.xlsx"), io)).toBe("data");
  });
});

describe("cadre-docs form on an existing file", () => {
  it("replaces an untouched form, refuses a filled one unless --force, and names a command that exists", async () => {
    const dir = tmp("cadre-guard-");
    const file = join(dir, "luan-chuyen.xlsx");
    const made = runCli(["form", "rotation-decision", "--xlsx", file]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`rồi chạy: cadre-docs render ${file} --out van-ban`);
    expect(runCli(["form", "rotation-decision", "--xlsx", file]).code).toBe(0);
    const sample = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json");
    const filled = await fillInputWorkbook(new Uint8Array(readFileSync(file)), [sample, { ...sample, number: 126 }]);
    writeFileSync(file, filled.ok ? filled.value : new Uint8Array());
    const before = readFileSync(file);
    const refused = runCli(["form", "rotation-decision", "--xlsx", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Tệp ${file} đã có dữ liệu nên không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(runCli(["form", "rotation-decision", "--xlsx", file, "--force"]).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
  });
});
