// --merge: one PDF per unit (or input file) for printing; its pages are the single documents' pages, in input order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeIo, renderFiles } from "../../src/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "../helpers/samples.js";
import { tmp, writeJsonl } from "./helpers.js";

const io = nodeIo(FIXED_NOW);
const pageTexts = async (bytes: Uint8Array) => (await extractPdfText(bytes)).pages.map((p) => p.items.map((i) => i.str).join(" "));

describe("--merge", () => {
  const records = [
    loadRecord("inputs/assessment-sheet/mau-02-cong-chuc-lanh-dao-2025.yaml"),
    loadRecord("inputs/assessment-sheet/mau-03-vien-chuc-2025.yaml"),
    loadRecord("inputs/assessment-sheet/mau-01-can-bo-2024.yaml"),
    loadRecord("inputs/assessment-sheet/nd335-cong-chuc-2026.yaml"),
  ];

  it("writes one PDF per unit whose pages are the documents' pages in input order, and the single files beside it", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = writeJsonl(dir, "ca-nam.jsonl", records);
    const r = await renderFiles([input], { outDir: out, io, formats: ["docx", "pdf"], now: FIXED_NOW, workers: 1, merge: "unit" });
    expect(r.counts).toMatchObject({ documents: 4, failed: 0 });
    const units = records.map((x) => (x.unit as { name: string }).name);
    expect(r.merged!.map((m) => m.group)).toEqual([...new Set(units)]);
    for (const m of r.merged!) {
      const docs = r.documents.filter((d, i) => units[i] === m.group);
      expect(m.documents).toBe(docs.length);
      const singles = await Promise.all(docs.map(async (d) => pageTexts(new Uint8Array(readFileSync(d.outputs.find((o) => o.endsWith(".pdf"))!)))));
      const merged = await pageTexts(new Uint8Array(readFileSync(m.path)));
      // Page count = sum, and the text of each document present in order.
      expect(m.pages).toBe(docs.reduce((s, d) => s + d.pages, 0));
      expect(merged).toHaveLength(m.pages);
      expect(merged).toEqual(singles.flat());
    }
    expect(r.merged!.find((m) => m.documents > 1)).toBeDefined();
    expect(r.merged![0]!.path).toMatch(/ban-in-gop\/[a-z0-9-]+\.pdf$/);
  });

  it("merges per input file when asked, the same bytes on a second run", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "truong-hoa-lu.jsonl", records.slice(0, 2));
    const run = async (outDir: string) => renderFiles([input], { outDir, io, formats: ["pdf"], now: FIXED_NOW, workers: 1, merge: "file" });
    const [a, b] = [await run(join(dir, "a")), await run(join(dir, "b"))];
    expect(a.merged!.map((m) => [m.group, m.documents])).toEqual([["truong-hoa-lu", 2]]);
    expect(readFileSync(a.merged![0]!.path).equals(readFileSync(b.merged![0]!.path))).toBe(true);
  });
});
