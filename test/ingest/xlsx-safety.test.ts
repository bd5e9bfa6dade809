// Workbook safety: size and row limits, zip bombs, encrypted and corrupt files, formulas, hidden sheets.
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionBook, decisionRow, DECISION_HEADERS, personRow, PEOPLE_SHEET, PERSON_HEADERS, xlsxOf } from "./sheet-fixtures.js";

const read = (name: string, bytes: Uint8Array, opts?: Parameters<typeof ingestFile>[2]) => ingestFile(name, memoryIo({ [name]: bytes }), opts);
const codes = (r: { issues: Array<{ code: string; params: object }> }) => r.issues.map((i) => [i.code, i.params]);

/** The start of an OLE compound file (old .xls, or an .xlsx encrypted with a password), then its streams' names. */
function oleBytes(streamName: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Buffer.from(streamName, "utf16le");
  const bytes = new Uint8Array(2048);
  bytes.set(head, 0);
  bytes.set(name, 1024);
  return bytes;
}

describe("files that cannot be read", () => {
  it("explains a password-protected workbook", async () => {
    const r = await read("can-bo.xlsx", oleBytes("EncryptionInfo"));
    expect(r.records).toEqual([]);
    expect(formatIssues(r.issues)).toEqual([
      "Lỗi: Tệp can-bo.xlsx: tệp Excel được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.",
    ]);
  });

  it("explains an old .xls saved under an .xlsx name", async () => {
    expect(codes(await read("a.xlsx", oleBytes("Workbook")))).toEqual([["file_unreadable", { reason: "xls" }]]);
  });

  it("explains corrupt files: not a zip, a cut zip, a zip that is no workbook", async () => {
    const good = await decisionBook([personRow(1, "Lê Văn Mẫu")]);
    expect(codes(await read("a.xlsx", new TextEncoder().encode("Họ và tên,Ngày sinh\n")))).toEqual([["file_unreadable", { reason: "corrupt" }]]);
    expect(codes(await read("b.xlsx", good.slice(0, good.length / 2)))).toEqual([["file_unreadable", { reason: "corrupt" }]]);
    const { default: JSZip } = await import("jszip");
    const notBook = await new JSZip().file("hello.txt", "xin chào").generateAsync({ type: "uint8array" });
    expect(codes(await read("c.xlsx", notBook))).toEqual([["file_unreadable", { reason: "corrupt" }]]);
    expect(formatIssues((await read("a.xlsx", new Uint8Array([1, 2, 3]))).issues)).toEqual([
      "Lỗi: Tệp a.xlsx: tệp bị hỏng hoặc không phải tệp Excel (.xlsx) thật. Hãy mở tệp bằng Excel để kiểm tra, rồi lưu lại dạng .xlsx.",
    ]);
  });

  it("refuses a file over the size limit before reading it, and a zip that unpacks too big", async () => {
    const good = await decisionBook([personRow(1, "Lê Văn Mẫu")]);
    expect(codes(await read("a.xlsx", good, { maxBytes: 100 }))[0]![0]).toBe("file_too_large");
    const big = await xlsxOf({ sheets: { S: [["a"], ["x".repeat(30_000)], ["y".repeat(30_000)], ["z".repeat(30_000)]] } });
    const r = await read("bom.xlsx", big, { maxBytes: big.length });
    expect(r.issues.map((i) => [i.code, i.params.zip])).toEqual([["file_too_large", true]]);
    expect(formatIssues(r.issues)[0]).toMatch(/^Lỗi: Tệp bom.xlsx: tệp Excel khi giải nén có dung lượng [\d,]+ KB, vượt giới hạn/);
  });

  it("refuses a sheet with more rows than allowed", async () => {
    const bytes = await decisionBook([1, 2, 3, 4, 5].map((n) => personRow(1, `Người ${n}`)));
    const r = await read("a.xlsx", bytes, { maxRows: 4 });
    expect(formatIssues(r.issues)).toContain(
      'Lỗi: Tệp a.xlsx, trang "Danh sách cán bộ luân chuyển": trang có hơn 4 dòng, vượt giới hạn cho một trang nên không được đọc. Hãy tách dữ liệu thành nhiều tệp nhỏ hơn (hoặc xóa các dòng thừa ở cuối trang).',
    );
  });
});

describe("formulas and hidden sheets", () => {
  const withCell = (people: unknown[][], extra = {}) => decisionBook(people, extra);

  it("reads a formula's stored result and never evaluates it", async () => {
    const row = personRow(1, "Lê Văn Mẫu");
    row[8] = { formula: "12*3", result: 36 };
    row[1] = { formula: 'CONCATENATE("Lê ","Văn ","Mẫu")', result: "Lê Văn Mẫu" };
    const r = await read("a.xlsx", await withCell([row]));
    expect(r.issues).toEqual([]);
    expect((r.records[0]!.data as { people: Array<{ months: number; fullName: string }> }).people[0]).toMatchObject({ months: 36, fullName: "Lê Văn Mẫu" });
  });

  it("reports a formula without a stored result and an error value, naming the cell", async () => {
    const row = personRow(1, "Lê Văn Mẫu");
    row[8] = { formula: "12*3" };
    row[9] = { formula: "A1/0", result: { error: "#DIV/0!" } };
    const r = await read("a.xlsx", await withCell([row]));
    expect(formatIssues(r.issues)).toEqual([
      'Lỗi: Tệp a.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 2, cột "Thời gian luân chuyển (tháng)": ô có công thức nhưng tệp không lưu kết quả đã tính. Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc ghi thẳng giá trị vào ô.',
      'Lỗi: Tệp a.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 2, cột "Từ ngày": ô có lỗi công thức (#DIV/0!). Hãy sửa công thức hoặc ghi thẳng giá trị.',
    ]);
  });

  it("ignores hidden sheets unless they are named", async () => {
    const sheets = {
      "Quyết định": [DECISION_HEADERS, decisionRow(1)],
      [PEOPLE_SHEET]: [PERSON_HEADERS, personRow(1, "Người thấy")],
      "Cũ": [PERSON_HEADERS, personRow(1, "Người ẩn")],
    };
    const bytes = await xlsxOf({ sheets, hidden: ["Cũ"] });
    const names = (r: Awaited<ReturnType<typeof read>>) => (r.records[0]!.data as { people: Array<{ fullName: string }> }).people.map((p) => p.fullName);
    expect(names(await read("a.xlsx", bytes))).toEqual(["Người thấy"]);
    expect(names(await read("a.xlsx", bytes, { sheets: ["Quyết định", "Cũ"] }))).toEqual(["Người ẩn"]);
    expect(codes(await read("a.xlsx", bytes, { sheets: ["Quyết định", "Không có"] }))).toContainEqual([
      "no_data_sheet",
      { sheet: "Không có", reason: "missing", sheets: "Quyết định, Danh sách cán bộ luân chuyển, Cũ" },
    ]);
  });

  it("warns about a workbook with headers and no rows", async () => {
    const r = await read("a.xlsx", await xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS] } }));
    expect(codes(r)).toEqual([["file_empty", {}]]);
  });
});
