// YAML nested far too deep: refused before the parser sees it, read once per batch, the CLI says why (exit 1).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, nodeIo, renderFiles, type Io } from "../../src/index.js";
import { ingestFile } from "../../src/ingest/index.js";
import { yamlTooDeep } from "../../src/ingest/yaml-depth.js";
import { runCli } from "../helpers/cli.js";
import { memoryIo } from "../ingest/memory-io.js";

const compact = "kind: rotation-decision\nx:\n  " + "- ".repeat(100_000) + "a\n";
const flow = "kind: rotation-decision\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

describe("deeply nested YAML", () => {
  it("measures block, compact and flow nesting, not brackets in quotes or comments", () => {
    expect(yamlTooDeep("a:\n  b:\n    c: [1, {d: 2}]\n")).toBeUndefined();
    expect(yamlTooDeep(`a: "${"[".repeat(500)}"\nb: '${"{".repeat(500)}' # ${"[".repeat(500)}\n`)).toBeUndefined();
    expect(yamlTooDeep(compact)).toBe(3);
    expect(yamlTooDeep(flow)).toBe(2);
    const block = Array.from({ length: 120 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    expect(yamlTooDeep(block)).toBe(101);
  });

  it("refuses a 100,000-deep document with one clear message", async () => {
    for (const text of [compact, flow]) {
      const r = await ingestFile("sau.yaml", memoryIo({ "sau.yaml": text }));
      expect(r.records).toEqual([]);
      expect(r.issues.map((i) => [i.code, i.params.reason])).toEqual([["parse_error", "too_deep"]]);
      expect(formatIssue(r.issues[0]!)).toMatch(/^Lỗi: Tệp sau\.yaml: dữ liệu lồng nhau quá sâu \(hơn 100 cấp\) ở dòng \d+\. Hãy kiểm tra lại cấu trúc tệp/);
    }
  });

  it("reads each YAML file once in a batch (counting and rendering share the parse)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-deep-"));
    const file = join(dir, "sau.yaml");
    writeFileSync(file, compact);
    const base = nodeIo();
    let reads = 0;
    const io: Io = { ...base, readFile: async (p) => (p === file && reads++, base.readFile(p)) };
    const report = await renderFiles([file], { outDir: join(dir, "out"), io, formats: ["pdf"], now: io.now, dryRun: true, progress: undefined });
    expect(report.failures.map((f) => f.issues[0]?.params.reason)).toEqual(["too_deep"]);
    expect(reads).toBe(1);
  });

  it("the CLI ends with exit 1 and the Vietnamese message, not a V8 abort", () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-deep-"));
    writeFileSync(join(dir, "sau.yaml"), compact);
    const r = runCli(["validate", join(dir, "sau.yaml"), "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("dữ liệu lồng nhau quá sâu");
  }, 30_000);
});

describe("deeply nested JSON", () => {
  it("is refused at its top-level field with a short message", async () => {
    const text = `{"kind":"rotation-decision","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const r = await ingestFile("sau.json", memoryIo({ "sau.json": text }));
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["parse_error", ["x"]]]);
    expect(formatIssue(r.issues[0]!)).toBe(
      'Lỗi: Tệp sau.json, bản ghi 1, trường "x": dữ liệu lồng nhau quá sâu (hơn 64 cấp). Hãy kiểm tra lại cấu trúc tệp: mỗi nhóm trường hoặc danh sách chỉ nên lồng vài cấp.',
    );
  });
});

describe("YAML with too many values", () => {
  it.each([
    ["a block list of 500,000 items", () => "kind: rotation-decision\nx:\n" + "  - 1\n".repeat(500_000)],
    ["a flow list of 1,000,000 items", () => `kind: rotation-decision\nx: [${"1,".repeat(1_000_000)}1]\n`],
  ])("%s is refused before the parser (it took 20-30 s and up to 1 GB)", async (_name, make) => {
    const started = performance.now();
    const r = await ingestFile("lon.yaml", memoryIo({ "lon.yaml": make() }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.issues.map((i) => formatIssue(i))).toEqual([
      "Lỗi: Tệp lon.yaml: tệp YAML có quá nhiều giá trị (hơn 200.000) để đọc an toàn. Hãy tách thành nhiều tệp nhỏ hơn, hoặc dùng tệp JSON Lines (.jsonl, mỗi dòng một bản ghi) cho lô lớn.",
    ]);
  });
});
