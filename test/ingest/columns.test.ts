// Header matching: by Vietnamese label whatever the case, spacing or missing marks, or by key.
import { describe, expect, it } from "vitest";
import { findKind } from "../../src/kinds/index.js";
import { ingestFile, layoutOf, readHeader, type Grid } from "../../src/ingest/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionRow, DECISION_HEADERS, personRow, PEOPLE_SHEET, PERSON_HEADERS, xlsxOf } from "./sheet-fixtures.js";

const layout = layoutOf(findKind("rotation-decision")!);
const people = layout.tables.find((t) => t.pattern === "people")!;
const matched = (headers: string[]) => {
  const grid: Grid = { name: "x", rows: [headers] };
  const h = readHeader(grid, people, new Set(["kind"]))!;
  return headers.map((_, i) => h.columns.get(i)?.column.pattern ?? (h.id === i ? "id" : h.unknown.includes(i) ? "?" : "-"));
};

describe("header matching", () => {
  it("matches labels ignoring case, spacing, the required marker and missing diacritics", () => {
    expect(matched(["HỌ VÀ TÊN", "  ngày   sinh *", "Gioi tinh", "ĐƠN VỊ HIỆN NAY", "chuc vu moi", "tu ngay"])).toEqual([
      "people.*.fullName", "people.*.birthDate", "people.*.sex", "people.*.currentUnit", "people.*.destinationPosition", "people.*.startDate",
    ]);
  });

  it("matches keys and label paths too", () => {
    expect(matched(["fullName", "people.*.birthDate", "startdate", "id"])).toEqual(["people.*.fullName", "people.*.birthDate", "people.*.startDate", "id"]);
  });

  it("reports unknown headers and ignores row-number columns", () => {
    expect(matched(["STT", "Họ và tên", "Ghi chú"])).toEqual(["-", "people.*.fullName", "?"]);
  });

  it("finds the header row below a title", () => {
    const grid: Grid = { name: "x", rows: [["DANH SÁCH CÁN BỘ"], undefined, ["Họ và tên", "Ngày sinh"], ["A", "01/01/1980"]] };
    expect(readHeader(grid, people, new Set())!.headerRow).toBe(2);
  });

  it("reads a clerk's workbook with loose headers into the same record", async () => {
    const loose = (h: string[]) => h.map((x, i) => (i % 2 ? x.toUpperCase() : x.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")));
    const exact = await xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS, decisionRow(1)], [PEOPLE_SHEET]: [PERSON_HEADERS, personRow(1, "Lê Văn Mẫu")] } });
    const fuzzy = await xlsxOf({ sheets: { "Quyết định": [loose(DECISION_HEADERS), decisionRow(1)], [PEOPLE_SHEET]: [loose(PERSON_HEADERS), personRow(1, "Lê Văn Mẫu")] } });
    const [a, b] = [await ingestFile("a.xlsx", memoryIo({ "a.xlsx": exact })), await ingestFile("b.xlsx", memoryIo({ "b.xlsx": fuzzy }))];
    expect(a.issues).toEqual([]);
    expect(b.issues).toEqual([]);
    expect(b.records.map((r) => r.data)).toEqual(a.records.map((r) => r.data));
    expect((a.records[0]!.data as { people: unknown[] }).people).toHaveLength(1);
  });
});
