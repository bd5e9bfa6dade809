// Fuzzed records of every kind (long tokens, odd Unicode) through a real batch: no crash, no hang, no partial file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo, renderFiles, type BatchReport } from "../../src/index.js";
import { tmp, writeJsonl } from "../batch/helpers.js";
import { FIXED_NOW, loadRecord } from "../helpers/samples.js";

/** One sample per kind and profile: the fuzzer keeps their shape and replaces some of their texts. */
const SAMPLES = [
  "inputs/party/luan-chuyen-ba-nguoi.yaml",
  "inputs/nd30/dieu-dong-bon-nguoi.yaml",
  "inputs/assessment-sheet/mau-02-cong-chuc-lanh-dao-2025.yaml",
  "inputs/assessment-sheet/nd335-cong-chuc-2026.yaml",
  "inputs/self-review/kiem-diem-2025-mau-2b-lanh-dao.yaml",
  "inputs/commitment-registration/dang-ky-neu-guong-2026.yaml",
  "inputs/commitment-registration/cam-ket-dang-vien-2026.yaml",
  "inputs/assessment-summary/chi-bo-dong-hai-2025.yaml",
].map((p) => loadRecord(p));
const RECORDS = 240;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths of the free-text leaves (words with spaces): dates, codes and choices from a list stay valid more often. */
function textPaths(v: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v === "string") return v.length >= 12 && v.includes(" ") && !/^\d/.test(v) ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => textPaths(x, [...at, i]));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => textPaths(x, [...at, k]));
  return [];
}

function setAt(root: Json, path: Array<string | number>, value: string): void {
  let o = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>;
  o[path.at(-1)!] = value;
}

const letters = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyĐƯ_/.0");
const longToken = fc.string({ unit: letters, minLength: 60, maxLength: 240 });
const oddPiece = fc.constantFrom(
  "\u0301\u0323", // combining marks with no letter before them
  "\u200b\u200c\u200d\ufeff", // zero-width
  "\u202eđảo chiều\u202c", // bidi override
  "مرحبا بالعالم",
  "שלום",
  "😀👩‍👩‍👧🇻🇳",
  "𠀀𪚥", // astral Han
  "Nguyễn Thị Ngọc Ánh".normalize("NFD"),
  "Quyết định số 412/QĐ-UBND",
);
const oddText = fc
  .array(
    fc.oneof(
      { arbitrary: longToken, weight: 5 },
      { arbitrary: fc.string({ unit: letters, minLength: 1, maxLength: 9 }), weight: 5 },
      { arbitrary: oddPiece, weight: 2 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 3 }), weight: 1 },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .chain((parts) => fc.constantFrom(" ", "", "-").map((sep) => parts.join(sep)));
const mutation = fc.record({ sample: fc.nat(SAMPLES.length - 1), edits: fc.array(fc.tuple(fc.nat(), oddText), { minLength: 1, maxLength: 3 }) });

function fuzzed(seed: number): unknown[] {
  return fc.sample(mutation, { numRuns: RECORDS, seed }).map(({ sample, edits }, i) => {
    const rec = structuredClone(SAMPLES[sample]) as Json & Record<string, Json>;
    const paths = textPaths(rec);
    for (const [pick, text] of edits) setAt(rec, paths[pick % paths.length]!, text);
    if (typeof rec.number === "number") rec.number = i + 1; // distinct output names
    return rec;
  });
}

describe(`${RECORDS} fuzzed records in one batch`, () => {
  const dir = tmp("cadre-fuzz-");
  const out = join(dir, "out");
  let report: BatchReport;
  let records: unknown[];
  beforeAll(async () => {
    records = fuzzed(20261207);
    const input = writeJsonl(dir, "fuzz.jsonl", records);
    // No budget is exceeded by a healthy renderer: a record past 20 s is a hang, and fails the test below.
    report = await renderFiles([input], { outDir: out, io: nodeIo(FIXED_NOW), formats: ["docx", "pdf"], now: FIXED_NOW, workers: 1, manifest: true, budget: { timeoutMs: 20_000 } });
  }, 240_000);

  it("accounts for every record: a document or a failure with issues, none past its budget", () => {
    expect(report.counts.records).toBe(RECORDS);
    expect(report.documents.length + report.failures.length).toBeGreaterThanOrEqual(RECORDS);
    for (const f of report.failures) {
      expect(f.issues.length, JSON.stringify(records[(f.source.record ?? 1) - 1])).toBeGreaterThan(0);
      expect(f.issues.map((i) => i.code)).not.toContain("render_budget_exceeded");
    }
    // The fuzzer keeps most records valid enough to reach the layout.
    // Most records reach the layout (a record refused for a taken output name was rendered, then discarded).
    const rendered = report.documents.length + report.failures.filter((f) => f.issues.some((i) => i.code === "duplicate_output")).length;
    expect(rendered).toBeGreaterThan(RECORDS / 3);
  });

  it("leaves only complete files: every DOCX a whole zip, every PDF ending in %%EOF, no temporary file", () => {
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const docs = files.filter((f) => /\.(docx|pdf)$/.test(f));
    expect(docs).toHaveLength(report.documents.length * 2);
    for (const f of docs) {
      const bytes = readFileSync(join(out, f));
      if (f.endsWith(".pdf")) expect(bytes.subarray(-6).toString("latin1"), f).toMatch(/%%EOF\s*$/);
      // The end-of-central-directory record closes a complete zip.
      else expect(bytes.subarray(-22, -18).toString("hex"), f).toBe("504b0506");
    }
  });
});
