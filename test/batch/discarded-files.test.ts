// Files the render tasks wrote for documents that are not kept (a record entered twice, --strict) are removed, not renamed.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeIo, renderFiles } from "../../src/index.js";
import { FIXED_NOW, ROOT } from "../helpers/samples.js";
import { rotation, tmp, writeJsonl } from "./helpers.js";

const io = nodeIo(FIXED_NOW);

describe.each([1, 2])("with %i worker(s)", (workers) => {
  it("keeps the first of two records with one output name and leaves no temporary file", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "twice.jsonl", [rotation(0), rotation(1), rotation(0), rotation(2)]);
    const outDir = join(dir, "out");
    const r = await renderFiles([input], { outDir, io, formats: ["docx", "pdf"], now: FIXED_NOW, workers });
    expect(r.counts).toMatchObject({ records: 4, documents: 3, failed: 1 });
    expect(r.failures[0]!.source.record).toBe(3);
    expect(r.failures[0]!.issues.map((i) => i.code)).toContain("duplicate_record");
    expect(r.documents.map((d) => d.source.record)).toEqual([1, 2, 4]);
    const files = readdirSync(outDir);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.filter((f) => /\.(docx|pdf)$/.test(f))).toHaveLength(6);
  });

  it("--strict removes the files of records with warnings", async () => {
    const outDir = join(tmp(), "out");
    const r = await renderFiles([join(ROOT, "test/fixtures/bad/mixed-records.json")], { outDir, io, formats: ["docx", "pdf"], now: FIXED_NOW, workers, strict: true });
    const written = r.documents.length;
    expect(written).toBeLessThan(r.counts.records);
    const files = readdirSync(outDir);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.filter((f) => /\.(docx|pdf)$/.test(f))).toHaveLength(written * 2);
  });
});
