// CSV: UTF-8 with or without BOM, Windows-1258 as Excel saves it, semicolons, one row per person.
import iconv from "iconv-lite";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, nodeIo, renderFiles } from "../../src/index.js";
import { ingestFile } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionRow, DECISION_HEADERS, personRow, PERSON_HEADERS } from "./sheet-fixtures.js";

const quote = (v: unknown) => {
  const s = String(v ?? "");
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** One decision with two people, one row per person: the record's cells only on the first row. */
function csvText(sep = ","): string {
  const header = [...DECISION_HEADERS, ...PERSON_HEADERS.slice(1)];
  const first = [...decisionRow(1), ...personRow(1, "Nguyễn Văn Đức").slice(1)];
  const second = ["1", ...decisionRow(1).slice(1).map(() => ""), ...personRow(1, "Hà Thị Hòa", "04/10/1988").slice(1)];
  return [header, first, second].map((r) => r.map(quote).join(sep)).join("\r\n") + "\r\n";
}
/** Text as Windows writes it in code page 1258: letters with their vowel marks precomposed, tone marks combining. */
const cp1258Form = (s: string): string =>
  [...s.normalize("NFC")]
    .map((ch) => {
      const parts = ch.normalize("NFD");
      const tone = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, "");
      return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC") + tone;
    })
    .join("");
const read = (name: string, bytes: Uint8Array) => ingestFile(name, memoryIo({ [name]: bytes }));
const utf8 = (s: string) => new TextEncoder().encode(s);
type Decision = { issuer: { name: string }; people: Array<{ fullName: string; birthDate: string }>; legalBases: string[] };

describe("CSV files", () => {
  it("reads UTF-8 without BOM: rows of one id make one record, one person per row", async () => {
    const r = await read("a.csv", utf8(csvText()));
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(1);
    const d = r.records[0]!.data as Decision;
    expect(d.people.map((p) => [p.fullName, p.birthDate])).toEqual([["Nguyễn Văn Đức", "1985-03-12"], ["Hà Thị Hòa", "1988-10-04"]]);
    expect(d.legalBases).toHaveLength(2);
    expect(r.records[0]!.cells!.rows).toEqual({ "": { row: 2 }, "people.0": { row: 2 }, "people.1": { row: 3 } });
  });

  it("reads UTF-8 with BOM and the semicolons of Vietnamese regional settings", async () => {
    const r = await read("a.csv", utf8(`\uFEFF${csvText(";")}`));
    expect(r.issues).toEqual([]);
    expect((r.records[0]!.data as Decision).issuer.name).toBe("ỦY BAN NHÂN DÂN TỈNH THANH HÓA");
  });

  it("reads Windows-1258 (combining tone marks) as NFC text and warns naming the file", async () => {
    const bytes = new Uint8Array(iconv.encode(cp1258Form(csvText()), "windows1258"));
    expect(iconv.decode(Buffer.from(bytes), "windows1258")).not.toContain("?");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const r = await read("can-bo.csv", bytes);
    const d = r.records[0]!.data as Decision;
    expect(d.people[0]!.fullName).toBe("Nguyễn Văn Đức");
    expect(d.issuer.name).toBe("ỦY BAN NHÂN DÂN TỈNH THANH HÓA");
    expect(JSON.stringify(d)).toBe(JSON.stringify(d).normalize("NFC"));
    expect(formatIssues(r.issues)).toEqual([
      'Cảnh báo: Tệp can-bo.csv: tệp CSV không được lưu ở bảng mã UTF-8; đã đọc theo bảng mã Windows-1258. Hãy kiểm tra chữ tiếng Việt; nên lưu lại tệp dạng "CSV UTF-8".',
    ]);
  });

  it("passes a value that does not fit on, for the schema to report at its row (no sheet) and column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-csv-"));
    const file = join(dir, "qd.csv");
    writeFileSync(file, csvText().replace(",38,", ",ba mươi tám,"));
    const r = await read("qd.csv", new Uint8Array(readFileSync(file)));
    expect(r.issues).toEqual([]);
    expect(r.records[0]!.data).toMatchObject({ number: "ba mươi tám" });
    const report = await renderFiles([file], { outDir: join(dir, "out"), io: nodeIo(), formats: [], now: () => new Date(), dryRun: true, workers: 1 });
    expect(report.failures.flatMap((f) => f.issues).map((i) => formatIssue(i))).toEqual([
      `Lỗi: Tệp ${file}, dòng 2, cột "Số văn bản": phải là số nhưng đang là chữ. Hãy ghi số, không đặt trong dấu nháy.`,
    ]);
  });

  it("reports rows of one id that disagree", async () => {
    const rows = csvText().split("\r\n");
    rows[2] = rows[2]!.replace(/^1,,/, "1,party,");
    const r = await read("qd.csv", utf8(rows.join("\r\n")));
    expect(formatIssues(r.issues)).toEqual([
      'Lỗi: Tệp qd.csv, dòng 3, cột "Thể thức": các dòng cùng mã bản ghi "1" ghi giá trị khác nhau: "party" ở dòng này và "nd30" ở dòng 2. Hãy sửa cho thống nhất, hoặc để trống ô này ở các dòng sau.',
    ]);
  });
});
