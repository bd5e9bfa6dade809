// An error workbook over several input workbooks: each one's data sheets copied in, bad cells marked, problems linked.
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorWorkbook, fillInputWorkbook, inputWorkbook, nodeIo, renderFiles } from "../../src/index.js";
import { sampleRecord } from "../../src/workbook/index.js";
import { tmp } from "../batch/helpers.js";

const PEOPLE = "Danh sách cán bộ luân chuyển";

describe("error workbook for two input workbooks", () => {
  it("copies both, fills the bad cells of each and links each problem to its own copy", async () => {
    const dir = tmp("cadre-errors-");
    const form = await inputWorkbook("rotation-decision", { now: new Date("2026-01-15T00:00:00Z") });
    if (!form.ok) throw new Error("no form");
    const files = [join(dir, "a.xlsx"), join(dir, "b.xlsx")];
    for (const [i, file] of files.entries()) {
      const sample = structuredClone((await sampleRecord("rotation-decision")) as { people: Array<Record<string, unknown>> });
      sample.people[i]!.birthDate = "31/02/1985";
      const filled = await fillInputWorkbook(form.value, [sample]);
      writeFileSync(file, filled.ok ? filled.value : new Uint8Array());
    }
    const io = nodeIo();
    const report = await renderFiles(files, { outDir: join(dir, "out"), io, formats: [], now: () => new Date(), dryRun: true, workers: 1 });
    const issues = report.failures.flatMap((f) => f.issues);
    expect(issues.map((i) => [i.source?.file, i.source?.row])).toEqual([[files[0], 2], [files[1], 3]]);
    const wb = new ExcelJS.Workbook();
    const bytes = await errorWorkbook(files, issues, io);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([`1-Quyết định luân chuyển cán bộ`, `1-${PEOPLE}`, `2-Quyết định luân chuyển cán bộ`, `2-${PEOPLE}`, "Danh sách lỗi"]);
    const second = wb.getWorksheet(`2-${PEOPLE}`)!;
    const col = (second.getRow(1).values as unknown[]).indexOf("Ngày sinh *");
    expect((second.getCell(3, col).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(second.getCell(3, col).value).toBe("31/02/1985");
    expect(wb.getWorksheet(`1-${PEOPLE}`)!.getCell(3, col).fill?.type === "pattern" && (wb.getWorksheet(`1-${PEOPLE}`)!.getCell(3, col).fill as ExcelJS.FillPattern).fgColor?.argb).not.toBe("FFFFC7CE");
    const list = wb.getWorksheet("Danh sách lỗi")!;
    const letter = second.getColumn(col).letter;
    expect(list.getCell("F3").value).toMatchObject({ text: "3", hyperlink: `#'2-${PEOPLE}'!${letter}3` });
    expect(list.getCell("F2").value).toMatchObject({ text: "2", hyperlink: `#'1-${PEOPLE}'!${letter}2` });
  });
});
