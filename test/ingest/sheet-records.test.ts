// Sheets to records: list sheets joined by record id, placed issues, unknown columns, kind detection.
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionRow, DECISION_HEADERS, personRow, PEOPLE_SHEET, PERSON_HEADERS, xlsxOf, type Rows } from "./sheet-fixtures.js";

const read = async (decisions: Rows, people: Rows, headers = DECISION_HEADERS) =>
  ingestFile("qd.xlsx", memoryIo({ "qd.xlsx": await xlsxOf({ sheets: { "Quyết định": [headers, ...decisions], [PEOPLE_SHEET]: [PERSON_HEADERS, ...people] } }) }));
const names = (data: unknown) => (data as { people: Array<{ fullName: string }> }).people.map((p) => p.fullName);

describe("records from sheets", () => {
  it("joins list rows to their record by id, in row order", async () => {
    const r = await read([decisionRow("A", 1), decisionRow("B", 2)], [personRow("B", "Hai"), personRow("A", "Một"), personRow("B", "Ba")]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.index, names(x.data)])).toEqual([[1, ["Một"]], [2, ["Hai", "Ba"]]]);
    expect(r.records[1]!.data).toMatchObject({ kind: "rotation-decision", number: 2, legalBases: [expect.any(String), expect.any(String)] });
    expect(r.records[1]!.cells!.rows).toEqual({ "": { sheet: "Quyết định", row: 3 }, "people.0": { sheet: PEOPLE_SHEET, row: 2 }, "people.1": { sheet: PEOPLE_SHEET, row: 4 } });
  });

  it("lets list rows without id belong to the only record", async () => {
    const r = await read([decisionRow(1)], [personRow(null, "Một"), personRow(undefined, "Hai")]);
    expect(r.issues).toEqual([]);
    expect(names(r.records[0]!.data)).toEqual(["Một", "Hai"]);
  });

  it("reports rows whose id matches no record, or that lack one", async () => {
    const r = await read([decisionRow("A", 1), decisionRow("B", 2)], [personRow("C", "Lạc"), personRow(null, "Thiếu")]);
    expect(formatIssues(r.issues)).toEqual([
      'Lỗi: Tệp qd.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 2, cột "Mã bản ghi": mã bản ghi "C" không có ở trang chính nên dòng này không thuộc văn bản nào. Hãy ghi đúng mã bản ghi của văn bản ở trang chính.',
      'Lỗi: Tệp qd.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 3, cột "Mã bản ghi": dòng này chưa ghi mã bản ghi, trong khi tệp có 2 văn bản. Hãy ghi mã bản ghi của văn bản mà dòng này thuộc về.',
    ]);
  });

  it("warns about unknown columns, refuses duplicate ones, and passes values that do not fit on to the schema", async () => {
    const headers = [...DECISION_HEADERS, "Ghi chú", "Ngay ban hanh"];
    const row = [...decisionRow(1), "nội bộ", "01/07/2026"];
    row[5] = "ba tám";
    const r = await read([row], [personRow(1, "Một")], headers);
    expect(formatIssues(r.issues)).toEqual([
      'Lỗi: Tệp qd.xlsx, trang "Quyết định", dòng 1, cột "Ngay ban hanh": cột này trùng với cột "Ngày ban hành" (cùng một trường dữ liệu) nên bị bỏ qua. Hãy xóa bớt một cột.',
      'Cảnh báo: Tệp qd.xlsx, trang "Quyết định", dòng 1, cột "Ghi chú": cột này không có trong mẫu nên đã bị bỏ qua. Nếu cột chứa dữ liệu cần dùng, hãy sửa tiêu đề cột cho đúng tên trong mẫu (xem trang "Hướng dẫn" của tệp mẫu).',
    ]);
    expect(r.records[0]!.data).toMatchObject({ number: "ba tám", date: "2026-06-29" });
  });

  it("reads yes/no and choices written loosely", async () => {
    const headers = [...PERSON_HEADERS, "Trường hợp đặc biệt", "Lý do trường hợp đặc biệt"];
    const person = [...personRow(1, "Một"), "có", "Theo yêu cầu nhiệm vụ"];
    person[2] = "NU";
    const bytes = await xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS, decisionRow(1)], [PEOPLE_SHEET]: [headers, person] } });
    const r = await ingestFile("a.xlsx", memoryIo({ "a.xlsx": bytes }));
    expect(r.issues).toEqual([]);
    expect((r.records[0]!.data as { people: unknown[] }).people[0]).toMatchObject({ sex: "nữ", exception: true });
  });

  it("finds the kind from a kind column or the headers, and says so when it cannot", async () => {
    const withKind = await xlsxOf({ sheets: { S: [["Loại văn bản", "Họ và tên"], ["rotation-decision", "A"]] } });
    expect((await ingestFile("a.xlsx", memoryIo({ "a.xlsx": withKind }))).records[0]!.data).toMatchObject({ kind: "rotation-decision" });
    const unknown = await xlsxOf({ sheets: { S: [["Cột một", "Cột hai"], ["x", "y"]] } });
    const r = await ingestFile("b.xlsx", memoryIo({ "b.xlsx": unknown }));
    expect(r.records).toEqual([]);
    expect(formatIssues(r.issues)[0]).toMatch(/^Lỗi: Tệp b.xlsx: không xác định được loại văn bản của tệp/);
  });
});
