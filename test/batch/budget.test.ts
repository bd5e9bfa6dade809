// Every record renders under a time and memory budget: a record past either fails alone, the batch goes on.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo, renderFiles, type BatchReport } from "../../src/index.js";
import { formatIssue } from "../../src/messages/index.js";
import { runCli } from "../helpers/cli.js";
import { FIXED_NOW, ROOT } from "../helpers/samples.js";
import { rotation, tmp, writeJsonl } from "./helpers.js";

/**
 * A user template directory (untrusted input) whose party decision loops over the legal bases six levels deep at
 * its end: one step for a record with one basis, 20^6 (64 million) for one with 20.
 */
function hostileTemplates(dir: string, loop: string): string {
  const templates = join(dir, "templates");
  cpSync(join(ROOT, "templates"), templates, { recursive: true });
  const file = join(templates, "rotation-decision", "party.hbs");
  writeFileSync(file, readFileSync(file, "utf8").replace("<p>Quyết định có hiệu lực kể từ ngày ký.</p>", `<p>Quyết định có hiệu lực kể từ ngày ký.${loop}</p>`));
  return templates;
}

/** `depth` nested loops over the legal bases around `inner`. */
function nest(depth: number, inner: string): string {
  let s = inner;
  for (let d = 0; d < depth; d++) s = `{{#each @root.legalBases}}${s}{{/each}}`;
  return s;
}
const SPIN = nest(6, "");

/** Twenty legal bases: endless work under the hostile template, nothing special under ours. */
function manyBases(): unknown {
  const r = rotation(1) as { legalBases: string[] };
  r.legalBases = Array.from({ length: 20 }, (_, i) => `Căn cứ Quyết định số ${i + 1}/QĐ-UBND của Ủy ban nhân dân tỉnh`);
  return r;
}

/** A valid decision as large as the schema allows (500 people, 295-letter posts): a 500-page appendix, well past 56 MB. */
function largest(): unknown {
  const r = rotation(1) as { people: Array<Record<string, unknown>> };
  const long = (head: string) => `${head} phụ trách công tác tổ chức cán bộ và kiểm tra giám sát `.repeat(8).slice(0, 295);
  const p = r.people[0]!;
  r.people = Array.from({ length: 500 }, (_, i) => ({
    ...p,
    fullName: `Người Thứ ${i + 1}`,
    currentPosition: long("Phó Giám đốc"),
    currentUnit: long("Sở Nội vụ"),
    destinationPosition: long("Bí thư"),
    destinationUnit: long("Đảng bộ xã"),
  }));
  return r;
}

async function run(dir: string, heavy: unknown, loop: string | undefined, budget: { timeoutMs: number; memoryMb?: number }): Promise<{ report: BatchReport; out: string }> {
  const out = join(dir, "out");
  const input = writeJsonl(dir, "dot.jsonl", [rotation(0), heavy, rotation(2)]);
  const report = await renderFiles([input], {
    outDir: out,
    io: nodeIo(FIXED_NOW),
    formats: ["docx", "pdf"],
    now: FIXED_NOW,
    workers: 1,
    manifest: true,
    ...(loop && { templatesDir: hostileTemplates(dir, loop) }),
    budget,
  });
  return { report, out };
}

describe.each([
  { name: "time", heavy: manyBases, loop: SPIN, budget: { timeoutMs: 8000 }, limit: "time", text: /bản ghi 2: tạo văn bản cho bản ghi này mất quá nhiều thời gian \(quá 8 giây\)/ },
  { name: "memory", heavy: largest, loop: undefined, budget: { timeoutMs: 120_000, memoryMb: 56 }, limit: "memory", text: /bản ghi 2: tạo văn bản cho bản ghi này cần quá nhiều bộ nhớ \(quá 56 MB\)/ },
])("a record past its $name budget, in one-thread mode", (c) => {
  const dir = tmp("cadre-budget-");
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    r = await run(dir, c.heavy(), c.loop, c.budget);
  }, 180_000);

  it("fails alone with render_budget_exceeded and a Vietnamese message naming the record", () => {
    expect(r.report.failures).toHaveLength(1);
    const f = r.report.failures[0]!;
    expect(f.source.record).toBe(2);
    expect(f.issues.map((i) => [i.code, i.params.limit])).toEqual([["render_budget_exceeded", c.limit]]);
    expect(formatIssue(f.issues[0]!)).toMatch(c.text);
  });

  it("renders the other records and writes the report and a manifest naming only complete files", () => {
    expect(r.report.documents.map((d) => d.source.record)).toEqual([1, 3]);
    const files = readdirSync(r.out);
    expect(files.filter((f) => /\.(docx|pdf)$/.test(f))).toHaveLength(4);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(r.out, "report.json"))).toBe(true);
    const manifest = readFileSync(join(r.out, "manifest.jsonl"), "utf8").trim().split("\n");
    expect(manifest.map((l) => (JSON.parse(l) as { record: number }).record).sort()).toEqual([1, 1, 3, 3]);
  });
});

describe("the command line with --record-memory", () => {
  it("exits 1 (invalid input, not 70 or 134) and names the record in Vietnamese", () => {
    const dir = tmp("cadre-budget-cli-");
    const input = writeJsonl(dir, "dot.jsonl", [rotation(0), largest()]);
    const r = runCli(["render", input, "--out", join(dir, "out"), "--no-progress", "--record-memory", "56"]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/dot\.jsonl, bản ghi 2: tạo văn bản cho bản ghi này cần quá nhiều bộ nhớ \(quá 56 MB\)/);
    expect(readdirSync(join(dir, "out")).filter((f) => /\.(docx|pdf)$/.test(f))).toHaveLength(2);
    expect(runCli(["render", input, "--record-timeout", "0"]).code).toBe(2);
  }, 180_000);
});
