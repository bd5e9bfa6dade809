// JSON Lines input: record numbers are line numbers, bad lines are reported alone, and reading is pulled, not pushed.
import { describe, expect, it } from "vitest";
import { readJsonLines, type JsonLine } from "../../src/ingest/index.js";

const enc = (s: string) => new TextEncoder().encode(s);

async function* chunks(parts: Array<string | Uint8Array>, pulled?: { n: number }): AsyncGenerator<Uint8Array> {
  for (const p of parts) {
    if (pulled) pulled.n++;
    yield typeof p === "string" ? enc(p) : p;
  }
}

async function all(parts: Array<string | Uint8Array>, max?: number): Promise<JsonLine[]> {
  const out: JsonLine[] = [];
  for await (const l of readJsonLines(chunks(parts), max)) out.push(l);
  return out;
}

describe("readJsonLines", () => {
  it("splits lines across chunk boundaries, skips blank lines, strips a BOM and CRLF", async () => {
    const lines = await all(["\uFEFF{\"a\":", "1}\r\n\n  \n{\"b\"", ":\"Hạnh\"}\r\n{\"c\":3}"]);
    expect(lines.map((l) => [l.index, l.data, l.issues.length])).toEqual([
      [1, { a: 1 }, 0],
      [4, { b: "Hạnh" }, 0],
      [5, { c: 3 }, 0],
    ]);
  });

  it("reports a broken line, a non-object and bad UTF-8 by line, and goes on", async () => {
    const badUtf8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]);
    const lines = await all(['{"a":1}\n{"a":\n', "[1]\n", badUtf8, '{"kind":"rotation-decision","x":"e\u0301"}\n']);
    expect(lines.map((l) => [l.index, l.issues.map((i) => [i.code, i.source?.record])])).toEqual([
      [1, []],
      [2, [["parse_error", 2]]],
      [3, [["record_not_object", 3]]],
      [4, [["file_unreadable", 4]]],
      [5, [["nfd_text", 5]]],
    ]);
    expect(lines[4]!.data).toEqual({ kind: "rotation-decision", x: "é" });
    expect(lines[4]!.issues[0]!.source).toMatchObject({ kind: "rotation-decision" });
  });

  it("refuses an over-long line without buffering it, and reads the next one", async () => {
    const lines = await all([`{"a":"${"x".repeat(50)}`, `${"y".repeat(50)}"}\n{"b":2}\n`], 64);
    expect(lines[0]!.issues.map((i) => [i.code, i.params.max])).toEqual([["record_too_large", 64]]);
    expect(lines[1]!.data).toEqual({ b: 2 });
  });

  it("pulls a chunk only when the next record is asked for", async () => {
    const pulled = { n: 0 };
    const source = chunks(Array.from({ length: 1000 }, (_, i) => `{"i":${i}}\n`), pulled);
    const reader = readJsonLines(source);
    await reader.next();
    await reader.next();
    expect(pulled.n).toBeLessThanOrEqual(3);
    await reader.return(undefined);
  });
});
