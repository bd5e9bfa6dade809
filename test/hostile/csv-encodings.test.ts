// CSV saved as Excel's "Unicode text" (UTF-16, tabs) is read; a CSV whose letters became "?" gets one message with the fix.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "../ingest/memory-io.js";
import { decisionRow, DECISION_HEADERS, personRow, PERSON_HEADERS } from "../ingest/sheet-fixtures.js";

const read = (bytes: Uint8Array) => ingestFile("a.csv", memoryIo({ "a.csv": bytes }));
const rows = (): string[][] => [
  [...DECISION_HEADERS, ...PERSON_HEADERS.slice(1)],
  [...decisionRow(1), ...personRow(1, "Nguyễn Văn Đức").slice(1)].map((v) => String(v ?? "").replace(/\n/g, " ")),
];
const tsv = (): string => rows().map((r) => r.join("\t")).join("\r\n") + "\r\n";
type Decision = { people: Array<{ fullName: string }> };

describe("UTF-16 CSV (Excel's Unicode text)", () => {
  it.each([
    ["UTF-16 LE with BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv(), "utf16le")])],
    ["UTF-16 LE without BOM", () => iconv.encode(tsv(), "utf16le")],
    ["UTF-16 BE with BOM", () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(tsv(), "utf16be")])],
  ])("reads %s, tab-separated", async (_name, make) => {
    const r = await read(new Uint8Array(make()));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect((r.records[0]!.data as Decision).people[0]!.fullName).toBe("Nguyễn Văn Đức");
  });

  it("says the encoding is the problem when the UTF-16 file is cut in the middle of a letter", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv(), "utf16le")]);
    const r = await read(new Uint8Array(bytes.subarray(0, bytes.length - 1)));
    expect(formatIssues(r.issues)).toEqual([expect.stringMatching(/^Lỗi: Tệp a\.csv: tệp được lưu ở bảng mã UTF-16 \("Unicode Text" của Excel\)/)]);
  });
});

describe("letters lost as ? when saved", () => {
  it("one message naming the cause and the fix, instead of a warning per column", async () => {
    // Excel's plain CSV on an English Windows: letters outside code page 1252 become "?", à á è é ì ò ó ù ú stay.
    const lost = rows().map((r) => r.map((v) => [...v].map((ch) => (iconv.encode(ch, "windows1252").toString("latin1") === "?" && ch !== "?" ? "?" : ch)).join("")));
    const text = lost.map((r) => r.join(",")).join("\r\n");
    expect(text).toContain("H? và tên");
    const r = await read(iconv.encode(text, "windows1252"));
    expect(r.records).toEqual([]);
    expect(formatIssues(r.issues)).toEqual([
      'Lỗi: Tệp a.csv: chữ tiếng Việt trong tệp đã bị mất khi lưu: các chữ có dấu đã thành dấu "?" (ví dụ "b?n"), thường do lưu bằng Excel dạng "CSV (Comma delimited)" trên máy không đặt vùng tiếng Việt. Không thể khôi phục chữ từ tệp này. Hãy mở lại tệp Excel gốc và lưu dạng "CSV UTF-8 (Comma delimited)", hoặc dùng thẳng tệp .xlsx.',
    ]);
  });

  it("a question mark in ordinary text is not taken for lost letters", async () => {
    const text = rows().map((r) => r.join(",")).join("\r\n").replace("Nguyễn Văn Đức", "Nguyễn Văn Đức (đúng không?)").replace("Ngày sinh", "Ngày sinh?");
    const r = await read(new TextEncoder().encode(text));
    expect(r.issues.map((i) => i.code)).not.toContain("text_lost");
  });
});

describe("huge CSV files", () => {
  it.each([
    ["1,000,000 rows", () => "Họ và tên,Ngày sinh\n" + "a,b\n".repeat(1_000_000), "too_many_rows", /trang có 1\.000\.001 dòng, vượt giới hạn 20\.000 dòng/],
    ["9,000,000 fields on one line", () => "Họ và tên" + ",x".repeat(9_000_000) + "\n", "too_many_columns", /trang có dữ liệu ở cột thứ 9\.000\.001, vượt giới hạn 256 cột/],
  ])("%s: counted before parsing and refused within seconds", async (_name, make, code, text) => {
    const bytes = new TextEncoder().encode(make());
    const started = performance.now();
    const r = await read(bytes);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    expect(formatIssues(r.issues)[0]).toMatch(text);
  }, 30_000);

  it("trailing empty fields (Excel pads short rows) do not make a sheet wide", async () => {
    const padded = rows().map((r) => [...r, ...Array(400).fill("")].join(",")).join("\r\n");
    const r = await read(new TextEncoder().encode(padded));
    expect(r.issues.map((i) => i.code)).not.toContain("too_many_columns");
  });
});
