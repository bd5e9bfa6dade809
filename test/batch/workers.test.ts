// The same batch on one thread and on a worker pool: byte-identical documents and the same manifest.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo, renderFiles, type BatchReport } from "../../src/index.js";
import { FIXED_NOW } from "../helpers/samples.js";
import { manifestLines, rotation, tmp, writeJsonl } from "./helpers.js";

describe("worker count does not change the output", () => {
  const dir = tmp();
  const input = writeJsonl(dir, "dot-2.jsonl", Array.from({ length: 24 }, (_, i) => rotation(i)));
  const runs: Record<string, BatchReport> = {};

  beforeAll(async () => {
    for (const workers of [1, 2]) {
      const outDir = join(dir, `w${workers}`);
      runs[workers] = await renderFiles([input], { outDir, io: nodeIo(FIXED_NOW), formats: ["docx", "pdf"], now: FIXED_NOW, workers, manifest: true });
    }
  });

  it("runs in this thread for --workers 1 and on a pool of two for --workers 2", () => {
    expect(runs[1]!.summary?.workers).toBe(1);
    expect(runs[2]!.summary?.workers).toBe(2);
    expect(runs[2]!.counts).toMatchObject({ records: 24, documents: 24, failed: 0 });
  });

  it("writes the same files with the same bytes", () => {
    const one = readdirSync(join(dir, "w1")).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
    const two = readdirSync(join(dir, "w2")).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
    expect(one).toHaveLength(48);
    expect(two).toEqual(one);
    for (const f of one) expect(readFileSync(join(dir, "w2", f)).equals(readFileSync(join(dir, "w1", f))), f).toBe(true);
  });

  it("lists the documents in input order in both manifests, identically", () => {
    const a = manifestLines(join(dir, "w1"));
    expect(a.map((e) => e.record)).toEqual(Array.from({ length: 24 }, (_, i) => [i + 1, i + 1]).flat());
    expect(manifestLines(join(dir, "w2"))).toEqual(a);
  });
});
