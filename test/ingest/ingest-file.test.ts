// Ingest: formats and shapes, encodings, NFC, control characters, prototype keys, limits, bad input.
import { describe, expect, it, vi } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { memoryIo } from "./memory-io.js";

const ingest = (name: string, content: string | Uint8Array, opts?: { maxBytes?: number; maxRecords?: number }) =>
  ingestFile(name, memoryIo({ [name]: content }), opts);
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe("formats and shapes", () => {
  it("reads one JSON object as one record", async () => {
    const r = await ingest("a.json", '{ "kind": "x", "n": 1 }');
    expect(r).toEqual({ file: "a.json", records: [{ index: 1, data: { kind: "x", n: 1 } }], issues: [] });
  });

  it("reads a JSON array and a records wrapper as many records", async () => {
    const list = await ingest("a.json", '[{ "a": 1 }, { "a": 2 }]');
    expect(list.records).toEqual([{ index: 1, data: { a: 1 } }, { index: 2, data: { a: 2 } }]);
    const wrapped = await ingest("b.json", '{ "$schema": "./s.json", "records": [{ "a": 1 }, { "a": 2 }] }');
    expect(wrapped.records.map((r) => r.index)).toEqual([1, 2]);
    expect(wrapped.issues).toEqual([]);
  });

  it("reports extra keys beside a records list", async () => {
    const r = await ingest("b.json", '{ "records": [{ "a": 1 }], "note": "x" }');
    expect(r.records).toHaveLength(1);
    expect(r.issues).toEqual([
      { code: "unknown_key", path: ["note"], params: { key: "note", wrapper: true }, severity: "error", source: { file: "b.json" } },
    ]);
  });

  it("reads YAML in the same shapes, with .yml too", async () => {
    expect((await ingest("a.yaml", "kind: x\nn: 1\n")).records).toEqual([{ index: 1, data: { kind: "x", n: 1 } }]);
    expect((await ingest("a.yml", "- a: 1\n- a: 2\n")).records).toHaveLength(2);
    expect((await ingest("a.YAML", "records:\n  - a: 1\n  - a: 2\n  - a: 3\n")).records).toHaveLength(3);
  });

  it("keeps dates and leading zeros as text (core schema, no timestamps)", async () => {
    const r = await ingest("a.yaml", "birthDate: 1980-02-31\nday: 05/09/1980\nflag: yes\n");
    expect(r.records[0]!.data).toEqual({ birthDate: "1980-02-31", day: "05/09/1980", flag: "yes" });
  });

  it("reads a multi-document YAML stream as one record per document", async () => {
    const r = await ingest("s.yaml", "---\nname: một\n---\nname: hai\n---\nname: ba\n---\n");
    expect(r.records).toEqual([
      { index: 1, data: { name: "một" } },
      { index: 2, data: { name: "hai" } },
      { index: 3, data: { name: "ba" } },
    ]);
    expect(r.issues).toEqual([]);
  });

  it("decodes UTF-8 with a byte-order mark", async () => {
    const bom = "\uFEFF";
    expect((await ingest("a.json", `${bom}{ "tên": "Hà Nội" }`)).records[0]!.data).toEqual({ tên: "Hà Nội" });
    expect((await ingest("a.yaml", `${bom}tên: Hà Nội\n`)).records[0]!.data).toEqual({ tên: "Hà Nội" });
  });

  it("warns about an empty file", async () => {
    const r = await ingest("a.yaml", "# chỉ có ghi chú\n");
    expect(r.records).toEqual([]);
    expect(r.issues).toEqual([{ code: "file_empty", path: [], params: {}, severity: "warning", source: { file: "a.yaml" } }]);
    expect(codes(await ingest("b.json", "  \n"))).toEqual(["file_empty"]);
    expect(codes(await ingest("c.json", '{ "records": [] }'))).toEqual(["file_empty"]);
  });
});

describe("text normalisation", () => {
  const nfd = (s: string) => s.normalize("NFD");

  it("turns NFD text (values and keys) into NFC with one warning per field", async () => {
    const json = JSON.stringify({ people: [{ fullName: nfd("Nguyễn Văn Mẫu") }, { fullName: "Lê Ánh" }], [nfd("ghiChú")]: nfd("Được") });
    const r = await ingest("a.json", json);
    expect(r.records[0]!.data).toEqual({ people: [{ fullName: "Nguyễn Văn Mẫu" }, { fullName: "Lê Ánh" }], ghiChú: "Được" });
    expect(JSON.stringify(r.records[0]!.data)).toBe(JSON.stringify(r.records[0]!.data).normalize("NFC"));
    expect(r.issues).toEqual([
      { code: "nfd_text", path: ["people", 0, "fullName"], params: {}, severity: "warning", source: { file: "a.json", record: 1 } },
      { code: "nfd_text", path: ["ghiChú"], params: {}, severity: "warning", source: { file: "a.json", record: 1 } },
    ]);
  });

  it("rejects C0 control characters but keeps tab and line breaks", async () => {
    const r = await ingest("a.json", JSON.stringify([{ a: "x\ty\r\nz" }, { a: "chuông\u0007", b: ["ok", "nul\u0000"] }]));
    expect(r.records).toHaveLength(2);
    expect(r.issues).toEqual([
      { code: "control_chars", path: ["a"], params: { char: "U+0007" }, severity: "error", source: { file: "a.json", record: 2 } },
      { code: "control_chars", path: ["b", 1], params: { char: "U+0000" }, severity: "error", source: { file: "a.json", record: 2 } },
    ]);
  });
});

describe("prototype keys", () => {
  it("drops and reports __proto__, constructor and prototype keys in JSON", async () => {
    const r = await ingest("a.json", '{ "a": 1, "__proto__": { "polluted": true }, "b": { "constructor": { "prototype": { "x": 1 } } } }');
    const data = r.records[0]!.data as Record<string, unknown>;
    expect(data).toEqual({ a: 1, b: {} });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["unknown_key", ["__proto__"], { key: "__proto__", reserved: true }],
      ["unknown_key", ["b", "constructor"], { key: "constructor", reserved: true }],
    ]);
  });

  it("does the same for YAML maps", async () => {
    const r = await ingest("a.yaml", "a: 1\n__proto__:\n  polluted: true\nprototype: 2\n");
    expect(r.records[0]!.data).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(r.records[0]!.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.issues.map((i) => i.path)).toEqual([["__proto__"], ["prototype"]]);
  });
});

describe("limits and unusable files", () => {
  it("refuses a file over maxBytes without reading it", async () => {
    const io = memoryIo({ "a.json": '{ "a": "0123456789" }' });
    const read = vi.spyOn(io, "readFile");
    const r = await ingestFile("a.json", io, { maxBytes: 10 });
    expect(read).not.toHaveBeenCalled();
    expect(r).toEqual({
      file: "a.json",
      records: [],
      issues: [{ code: "file_too_large", path: [], params: { size: 21, max: 10 }, severity: "error", source: { file: "a.json" } }],
    });
  });

  it("refuses more records than maxRecords", async () => {
    const r = await ingest("a.json", "[{}, {}, {}]", { maxRecords: 2 });
    expect(r.records).toEqual([]);
    expect(r.issues.map((i) => i.params)).toEqual([{ records: 3, maxRecords: 2 }]);
  });

  it("reports unsupported extensions, missing files and non-UTF-8 bytes", async () => {
    expect((await ingest("a.txt", "a,b")).issues[0]!.params).toEqual({ ext: ".txt", allowed: ".json, .yaml, .yml, .xlsx, .csv" });
    const missing = await ingestFile("none.json", memoryIo({}));
    expect(missing.issues.map((i) => [i.code, i.params])).toEqual([["file_unreadable", { reason: "not_found" }]]);
    const latin = await ingest("a.json", new Uint8Array([0x7b, 0x22, 0xe0, 0x22, 0x7d]));
    expect(latin.issues.map((i) => [i.code, i.params])).toEqual([["file_unreadable", { reason: "encoding" }]]);
  });
});

describe("syntax errors", () => {
  const parseParams = async (name: string, text: string) => (await ingest(name, text)).issues.map((i) => [i.code, i.params]);

  it("gives line and column for bad JSON", async () => {
    expect(await parseParams("a.json", '{\n  "a": 1,\n  "b": x\n}')).toEqual([
      ["parse_error", { format: "JSON", line: 3, column: 8, reason: "syntax", found: "x" }],
    ]);
    expect(await parseParams("a.json", '{ "a": 1, }')).toEqual([["parse_error", { format: "JSON", line: 1, column: 11, reason: "syntax", found: "}" }]]);
    expect(await parseParams("a.json", '[\n  { "a": [1, 2'))
      .toEqual([["parse_error", { format: "JSON", line: 2, column: 15, reason: "end" }]]);
  });

  it("gives line and column for bad YAML, duplicate keys included", async () => {
    expect(await parseParams("a.yaml", "a: 1\nb: 2\na: 3\n")).toEqual([["parse_error", { format: "YAML", line: 3, column: 1, reason: "duplicate_key" }]]);
    const bad = await parseParams("a.yaml", "a: [1, 2\nb: 3\n");
    expect(bad[0]).toEqual(["parse_error", expect.objectContaining({ format: "YAML", reason: "syntax", line: expect.any(Number) })]);
  });

  it("refuses unknown tags and alias bombs", async () => {
    expect((await ingest("a.yaml", "a: !!binary aGVsbG8=\n")).issues[0]!.params).toMatchObject({ reason: "tag", line: 1 });
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => {
      const p = String.fromCharCode(97 + i);
      const n = String.fromCharCode(98 + i);
      return `${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`;
    })].join("\n");
    expect((await ingest("bomb.yaml", laughs)).issues.map((i) => [i.code, i.params.reason])).toEqual([["parse_error", "aliases"]]);
  });
});

describe("bad records beside good ones", () => {
  it("reports a non-object record and keeps the others", async () => {
    const r = await ingest("a.json", '[{ "a": 1 }, 42, { "a": 3 }, ["x"]]');
    expect(r.records).toEqual([
      { index: 1, data: { a: 1 } },
      { index: 2, data: 42 },
      { index: 3, data: { a: 3 } },
      { index: 4, data: ["x"] },
    ]);
    expect(r.issues).toEqual([
      { code: "record_not_object", path: [], params: { type: "number" }, severity: "error", source: { file: "a.json", record: 2 } },
      { code: "record_not_object", path: [], params: { type: "array" }, severity: "error", source: { file: "a.json", record: 4 } },
    ]);
  });

  it("keeps the good documents of a YAML stream with a broken one", async () => {
    const r = await ingest("s.yaml", "a: 1\n---\nb: [1, 2\n---\nc: 3\n");
    expect(r.records).toEqual([{ index: 1, data: { a: 1 } }, { index: 2, data: null }, { index: 3, data: { c: 3 } }]);
    expect(r.issues.map((i) => [i.code, i.source])).toEqual([["parse_error", { file: "s.yaml", record: 2 }]]);
  });
});
