// A batch killed with SIGKILL mid-run, then resumed: exactly one valid copy of every document, a complete manifest.
import { spawn } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../helpers/pdf-text.js";
import { unzipDocx } from "../backends/docx/docx-parts.js";
import { runCli, type CliRun } from "../helpers/cli.js";
import { ROOT } from "../helpers/samples.js";
import { manifestLines, rotation, tmp, writeJsonl } from "./helpers.js";

const RECORDS = 240;
const outputs = (dir: string) => readdirSync(dir).filter((f) => /\.(docx|pdf)$/.test(f));

/** Starts the CLI and kills it with SIGKILL once `atLeast` PDFs are in the output folder. */
function renderAndKill(args: string[], out: string, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT, stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "" } });
    const pdfs = (): number => {
      try {
        return readdirSync(out).filter((f) => f.endsWith(".pdf")).length;
      } catch {
        return 0; // the output folder does not exist yet
      }
    };
    const timer = setInterval(() => {
      if (pdfs() >= atLeast) child.kill("SIGKILL");
    }, 20);
    child.on("exit", (_code, signal) => {
      clearInterval(timer);
      if (signal === "SIGKILL") resolve(outputs(out).length);
      else reject(new Error(`the batch ended before it could be killed (signal ${signal})`));
    });
  });
}

describe("kill -9 in the middle of a batch, then --resume", () => {
  const dir = tmp();
  const out = join(dir, "out");
  const input = writeJsonl(dir, "dot-3.jsonl", Array.from({ length: RECORDS }, (_, i) => rotation(i)));
  let before: ReturnType<typeof manifestLines>;
  let resumed: CliRun;

  beforeAll(async () => {
    const written = await renderAndKill(["render", input, "--out", out, "--workers", "2", "--no-progress"], out, 40);
    expect(written).toBeGreaterThanOrEqual(80);
    expect(written).toBeLessThan(RECORDS * 2);
    before = manifestLines(out);
    // Damage what a crash (or a clerk) could: one listed file cut short, one deleted, a torn line at the end.
    truncateSync(join(out, before[0]!.path), 100);
    rmSync(join(out, before[3]!.path));
    appendFileSync(join(out, "manifest.jsonl"), JSON.stringify(before[5]).slice(0, 60));
    resumed = runCli(["render", input, "--out", out, "--workers", "2", "--resume", "--no-progress"]);
  }, 300_000);

  it("finishes the batch", () => {
    expect(resumed.stderr).toBe("");
    expect(resumed.code).toBe(0);
    const lines = resumed.stdout.trim().split("\n");
    expect(lines.find((l) => l.startsWith("Đã tạo"))).toMatch(new RegExp(`^Đã tạo \\d+ văn bản mới, giữ nguyên \\d+ văn bản từ lần chạy trước \\(cộng ${RECORDS} văn bản\\); không có bản ghi lỗi, không có cảnh báo\\.$`));
    expect(lines).toContain(`Đầu vào: 1 tệp, ${RECORDS} bản ghi.`);
  });

  it("keeps what the manifest proved done and redoes the damaged files", () => {
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { resumed: boolean; counts: { skipped: number; documents: number } };
    expect(report.resumed).toBe(true);
    expect(report.counts.documents).toBe(RECORDS);
    // Every document listed before the kill except the two whose files were damaged.
    const listedBefore = new Set(before.map((e) => `${e.record}`)).size;
    expect(report.counts.skipped).toBe(listedBefore - 2);
  });

  it("holds exactly one DOCX and one PDF per record and no temporary file", () => {
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(outputs(out)).toHaveLength(RECORDS * 2);
  });

  it("has a complete manifest: one line per file, no repeats, every hash matching", () => {
    const lines = manifestLines(out);
    expect(lines).toHaveLength(RECORDS * 2);
    expect(new Set(lines.map((e) => e.path)).size).toBe(RECORDS * 2);
    const records = new Map<number, string[]>();
    for (const e of lines) {
      records.set(e.record, [...(records.get(e.record) ?? []), e.format]);
      const bytes = readFileSync(join(out, e.path));
      expect(bytes.length).toBe(e.bytes);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(e.sha256);
    }
    expect([...records.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: RECORDS }, (_, i) => i + 1));
    for (const formats of records.values()) expect(formats.sort()).toEqual(["docx", "pdf"]);
  });

  it("every PDF parses and every DOCX unzips", async () => {
    for (const f of outputs(out)) {
      const bytes = new Uint8Array(readFileSync(join(out, f)));
      if (f.endsWith(".pdf")) {
        const text = await extractPdfText(bytes);
        expect(text.pages.length, f).toBeGreaterThanOrEqual(1);
      } else {
        const docx = await unzipDocx(bytes);
        expect(docx.document, f).toContain("<w:body>");
      }
    }
  }, 300_000);
});
