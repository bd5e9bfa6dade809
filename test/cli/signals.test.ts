// Ctrl-C and SIGTERM in the middle of a batch: a Vietnamese resume hint, no temporaries, a partial report, 130/143.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestLines, rotation, tmp, writeJsonl } from "../batch/helpers.js";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/samples.js";

const RECORDS = 40;
const pdfs = (dir: string): number => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf")).length : 0);

/** Starts a batch and sends `signal` once `atLeast` PDFs have landed; resolves with the exit code and output. */
function renderAndStop(args: string[], out: string, atLeast: number, signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let sent = false;
    const timer = setInterval(() => {
      if (!sent && pdfs(out) >= atLeast) {
        sent = true;
        child.kill(signal);
      }
    }, 20);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("%s in the middle of a batch", (signal, exitCode) => {
  it(`stops cleanly with exit ${exitCode}, says how to resume, and --resume finishes the batch`, async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = writeJsonl(dir, "dot.jsonl", Array.from({ length: RECORDS }, (_, i) => rotation(i)));
    const args = ["render", input, "--out", out, "--workers", "1", "--format", "pdf", "--manifest", "--no-progress"];
    const stopped = await renderAndStop(args, out, 5, signal);
    expect(stopped.code).toBe(exitCode);
    expect(stopped.stderr).toContain("Đang dừng");
    expect(stopped.stdout).toContain("Đã dừng giữa chừng theo yêu cầu: các văn bản đã tạo được giữ nguyên, không còn tệp tạm. Chạy lại đúng lệnh này, thêm --resume, để làm tiếp phần còn lại.");
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const made = pdfs(out);
    expect(made).toBeLessThan(RECORDS);
    // The partial report and the manifest agree with the files on disk.
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { interrupted: boolean; counts: { documents: number } };
    expect(report.interrupted).toBe(true);
    expect(report.counts.documents).toBe(made);
    expect(manifestLines(out)).toHaveLength(made);
    expect(readFileSync(join(out, "bao-cao.txt"), "utf8")).toContain("thêm --resume");

    const resumed = runCli([...args, "--resume"]);
    expect(resumed.code).toBe(0);
    const last = resumed.stdout.trim().split("\n");
    expect(last).toContain(`Đã tạo ${RECORDS - made} văn bản mới, giữ nguyên ${made} văn bản từ lần chạy trước (cộng ${RECORDS} văn bản); không có bản ghi lỗi, không có cảnh báo.`);
    expect(pdfs(out)).toBe(RECORDS);
  }, 180_000);
});
