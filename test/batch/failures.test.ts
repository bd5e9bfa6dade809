// A JSON Lines batch with bad records: every good record is written, every bad one reported with its line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo, renderFiles, type BatchReport } from "../../src/index.js";
import { FIXED_NOW } from "../helpers/samples.js";
import { rotation, tmp, writeJsonl } from "./helpers.js";

describe("a batch with bad records", () => {
  const dir = tmp();
  const out = join(dir, "out");
  const missing = rotation(3) as { proposer?: string };
  delete missing.proposer;
  const shortStay = rotation(5) as { people: Array<{ months: number }> };
  shortStay.people[0]!.months = 24;
  const lines = [rotation(0), rotation(1), '{"kind": "rotation-decision", "number": ', rotation(2), missing, "", "[1, 2]", shortStay, rotation(6)];
  const input = writeJsonl(dir, "dot-1.jsonl", lines);
  let report: BatchReport;

  beforeAll(async () => {
    report = await renderFiles([input], { outDir: out, io: nodeIo(FIXED_NOW), formats: ["docx", "pdf"], now: FIXED_NOW, workers: 1, manifest: true });
  });

  it("writes all four good records (lines 1, 2, 4 and 9), a DOCX and a PDF each", () => {
    expect(report.documents.map((d) => d.source.record)).toEqual([1, 2, 4, 9]);
    const files = readdirSync(out).filter((f) => f.endsWith(".pdf") || f.endsWith(".docx"));
    expect(files).toHaveLength(8);
    for (const d of report.documents) for (const o of d.outputs) expect(files).toContain(basename(o));
    expect(report.counts).toMatchObject({ files: 1, records: 8, documents: 4, failed: 4, skipped: 0 });
  });

  it("reports each bad record by its line number, in input order", () => {
    expect(report.failures.map((f) => [f.source.record, f.issues.find((i) => i.severity === "error")?.code])).toEqual([
      [3, "parse_error"],
      [5, "required"],
      [7, "record_not_object"],
      [8, "rotation_too_short"],
    ]);
    expect(report.failures[0]!.issues[0]!.params).toMatchObject({ line: 3, reason: "end" });
  });

  it("writes report.json with failures grouped by code and a Vietnamese bao-cao.txt", () => {
    const json = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as {
      ok: boolean;
      counts: Record<string, number>;
      workers: number;
      seconds: number;
      documentsPerSecond: number;
      failuresByCode: Array<{ code: string; cause: string; records: number; example: string }>;
      failures: Array<{ source: { record: number }; issues: Array<{ message: string }> }>;
    };
    expect(json.ok).toBe(false);
    expect(json.counts).toMatchObject({ records: 8, documents: 4, failed: 4 });
    expect(json.workers).toBe(1);
    expect(json.seconds).toBeGreaterThan(0);
    expect(json.documentsPerSecond).toBeGreaterThan(0);
    expect(json.failuresByCode.map((g) => [g.code, g.records])).toEqual([
      ["parse_error", 1],
      ["record_not_object", 1],
      ["required", 1],
      ["rotation_too_short", 1],
    ]);
    expect(json.failuresByCode.find((g) => g.code === "required")!.cause).toBe("Thiếu thông tin bắt buộc");
    expect(json.failuresByCode.find((g) => g.code === "required")!.example).toContain('bản ghi 5, trường "Cơ quan đề nghị"');
    expect(json.failures[0]!.issues[0]!.message).toMatch(/^Lỗi: Tệp .*dot-1\.jsonl, bản ghi 3: nội dung JSON kết thúc đột ngột ở dòng 3/);
    const text = readFileSync(join(out, "bao-cao.txt"), "utf8");
    expect(text).toContain("Đã tạo 4 văn bản, 4 bản ghi lỗi");
    expect(text).toContain("  - Thời gian luân chuyển dưới 36 tháng: 1 bản ghi. Ví dụ: Lỗi: ");
    expect(text).not.toMatch(/rotation_too_short|parse_error|record_not_object|required/);
    expect(text).toContain("manifest.jsonl");
  });

  it("leaves no temporary file behind", () => {
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(out, "manifest.jsonl"))).toBe(true);
  });
});

describe("a handful of records", () => {
  it("leaves only the documents in the output folder unless a manifest is asked for", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "it.jsonl", [rotation(0), rotation(1)]);
    const out = join(dir, "out");
    await renderFiles([input], { outDir: out, io: nodeIo(FIXED_NOW), formats: ["pdf"], now: FIXED_NOW });
    expect(readdirSync(out).every((f) => f.endsWith(".pdf"))).toBe(true);
    await renderFiles([input], { outDir: out, io: nodeIo(FIXED_NOW), formats: ["pdf"], now: FIXED_NOW, manifest: true });
    expect(readdirSync(out).filter((f) => !f.endsWith(".pdf")).sort()).toEqual(["bao-cao.txt", "manifest.jsonl", "report.json"]);
  });
});
