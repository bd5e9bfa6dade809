// Hostile workbooks are refused early (real inflated size, row and column limits), and merged headers read as one column.
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "../ingest/memory-io.js";
import { DECISION_HEADERS, decisionRow, PEOPLE_SHEET, PERSON_HEADERS, personRow, xlsxOf } from "../ingest/sheet-fixtures.js";
import { HOSTILE_XLSX } from "./hostile-xlsx.js";

const read = (bytes: Uint8Array) => ingestFile("doc.xlsx", memoryIo({ "doc.xlsx": bytes }));

describe("hostile workbooks", () => {
  it.each([
    ["zip bomb, lying sizes", "file_too_large", /^Lỗi: Tệp doc\.xlsx: tệp Excel khi giải nén vượt giới hạn 64 MB\. Hãy xóa bớt/],
    ["150 MB shared strings", "file_too_large", /^Lỗi: Tệp doc\.xlsx: tệp Excel chứa quá nhiều chữ: phần chữ của các ô khi giải nén vượt giới hạn 32 MB\. Hãy xóa/],
    ["1,000,000 rows", "too_many_rows", /^Lỗi: Tệp doc\.xlsx, trang "Quyết định": trang có hơn 20\.000 dòng, vượt giới hạn cho một trang nên không được đọc\./],
    ["very wide sheet", "too_many_columns", /^Lỗi: Tệp doc\.xlsx, trang "Quyết định": trang có dữ liệu ở cột thứ 257, vượt giới hạn 256 cột/],
  ])("%s: refused within seconds with one clear message", async (name, code, text) => {
    const bytes = await HOSTILE_XLSX[name]!();
    const started = performance.now();
    const r = await read(bytes);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.records).toEqual([]);
    expect(r.issues[0]!.code).toBe(code);
    expect(formatIssues(r.issues)[0]).toMatch(text);
  }, 60_000);
});

describe("merged cells", () => {
  it("reads a header merged over two columns as one column, and a value merged down into each row", async () => {
    const headers = [...PERSON_HEADERS.slice(0, 2), null, ...PERSON_HEADERS.slice(2)];
    const row = (id: number, name: string, position: unknown) => {
      const r = personRow(id, name);
      return [...r.slice(0, 2), null, ...r.slice(2, 4), position, ...r.slice(5)];
    };
    const bytes = await xlsxOf({
      sheets: { "Quyết định": [DECISION_HEADERS, decisionRow(1)], [PEOPLE_SHEET]: [headers, row(1, "Lê Văn Một", "Trưởng phòng"), row(1, "Lê Văn Hai", null)] },
      merges: { [PEOPLE_SHEET]: ["B1:C1", "F2:F3"] },
    });
    const r = await read(bytes);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.issues.map((i) => i.code)).not.toContain("duplicate_column");
    const people = (r.records[0]!.data as { people: Array<Record<string, unknown>> }).people;
    expect(people.map((p) => p.fullName)).toEqual(["Lê Văn Một", "Lê Văn Hai"]);
    // "Chức vụ hiện nay" written once over F2:F3 belongs to both people.
    expect(people.map((p) => Object.values(p).filter((v) => v === "Trưởng phòng").length)).toEqual([1, 1]);
  });
});

describe("the error workbook of a refused workbook", () => {
  it("lists the problem without loading the bomb again for a copy", async () => {
    const { errorWorkbook } = await import("../../src/index.js");
    const bytes = await HOSTILE_XLSX["zip bomb, lying sizes"]!();
    const io = memoryIo({ "doc.xlsx": bytes });
    const r = await ingestFile("doc.xlsx", io);
    const started = performance.now();
    const before = process.memoryUsage().rss;
    const out = await errorWorkbook(["doc.xlsx"], r.issues, io);
    expect(out.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  }, 60_000);
});
