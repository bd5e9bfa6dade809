// The output folder: a path through a file, no permission, a full disk, and two batches at once, each in Vietnamese.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, nodeIo, renderFiles } from "../../src/index.js";
import { LOCK_FILE } from "../../src/pipeline/output-folder.js";
import { rotation, tmp, writeJsonl } from "../batch/helpers.js";
import { runCli } from "../helpers/cli.js";
import { FIXED_NOW } from "../helpers/samples.js";

const opts = (outDir: string) => ({ outDir, io: nodeIo(FIXED_NOW), formats: ["pdf" as const], now: FIXED_NOW, workers: 1 });
const problems = (r: Awaited<ReturnType<typeof renderFiles>>) => r.failures.flatMap((f) => f.issues.map((i) => [i.code, i.params.reason]));

describe("an output folder that cannot be written", () => {
  it("a path through a file: Vietnamese message naming the folder, exit 1, nothing written", () => {
    const dir = tmp();
    const input = writeJsonl(dir, "mot.jsonl", [rotation(0)]);
    writeFileSync(join(dir, "tep"), "x");
    const r = runCli(["render", input, "--out", join(dir, "tep", "out"), "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ Cả lô: không tạo được văn bản.\n  Lỗi: Không ghi được vào thư mục kết quả "${join(dir, "tep", "out")}": trong đường dẫn có một tệp (không phải thư mục)`);
    expect(r.stderr).not.toMatch(/Error|at /);
  }, 30_000);

  it("a folder without write permission (skipped as root, where permissions do not stop writes)", async (ctx) => {
    if (process.getuid?.() === 0) {
      console.warn("[skip] running as root: chmod cannot make a folder unwritable here; the path-through-a-file case covers the mechanism");
      ctx.skip();
    }
    const dir = tmp();
    const out = join(dir, "out");
    mkdirSync(out, { mode: 0o500 });
    const r = await renderFiles([writeJsonl(dir, "mot.jsonl", [rotation(0)])], opts(out));
    expect(problems(r)).toEqual([["output_unwritable", "permission"]]);
  });
});

describe("two batches into one folder", () => {
  it("the second refuses while the first runs; the lock is gone after", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = writeJsonl(dir, "ba.jsonl", [rotation(0), rotation(1), rotation(2)]);
    const [a, b] = await Promise.all([renderFiles([input], opts(out)), renderFiles([input], opts(out))]);
    const refused = [a, b].filter((r) => r.failures.length > 0);
    expect(refused).toHaveLength(1);
    expect(problems(refused[0]!)).toEqual([["output_locked", undefined]]);
    expect(formatIssue(refused[0]!.failures[0]!.issues[0]!)).toMatch(/^Lỗi: Thư mục kết quả ".*out" đang được một lệnh khác dùng \(tiến trình \d+ trên máy .*\)\. Hai lệnh ghi cùng một thư mục/);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith(".pdf"))).toHaveLength(3);
  }, 60_000);

  it("takes over the lock of a process of this host that has ended, refuses a live one", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    mkdirSync(out);
    const input = writeJsonl(dir, "mot.jsonl", [rotation(0)]);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: Number(dead), host: hostname(), startedAt: "2026-01-01T00:00:00Z" }));
    expect((await renderFiles([input], opts(out))).failures).toEqual([]);
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), startedAt: "2026-01-01T00:00:00Z" }));
    expect(problems(await renderFiles([input], opts(out)))).toEqual([["output_locked", undefined]]);
  }, 60_000);
});

describe("write errors from worker threads", () => {
  it("are recognised by their message, since a thread's error loses its code on the way", async () => {
    const { outputProblem } = await import("../../src/pipeline/output-folder.js");
    const cloned = structuredClone(Object.assign(new Error("EROFS: read-only file system, open '/mnt/cd/out/a.pdf'"), { code: "EROFS" }));
    expect(outputProblem(cloned, "/mnt/cd/out")?.params).toEqual({ folder: "/mnt/cd/out", reason: "read_only", errno: "EROFS" });
    expect(outputProblem(new Error("layout loop"), "out")).toBeUndefined();
  });
});
