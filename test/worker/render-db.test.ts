// `cadre-docs render … --db`: the batch goes to the queue, a worker renders it, the files, manifest and report land in --out with render's exit code.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { workerProcess, writeRecords } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-render-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describePg("render --db", (serverUrl) => {
  it("submits the file, follows it and writes the files, manifest and report into --out (exit 1 for bad records)", { timeout: 240_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data");
    // No --threads: the worker chooses (auto) and says so.
    const worker = await workerProcess(["--db", db.url, "--data", data]);
    try {
      expect(worker.stderr()).toMatch(/cadre-docs worker đang nhận việc từ hàng đợi \(\d+ luồng, tự chọn theo số lõi rảnh và bộ nhớ còn trống; đặt số khác bằng --threads N, mỗi luồng giữ hai việc\)/);
      const input = join(dir, "dieu-dong.jsonl");
      const bad = writeRecords(input, 60, 30);
      const out = join(dir, "out");
      const r = runCli(["render", input, "--db", db.url, "--data", data, "--out", out, "--no-progress"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Đã gửi 1 lô vào hàng đợi");
      for (const n of bad) expect(r.stdout).toContain(`✗ ${input} (bản ghi ${n}): không tạo được văn bản.`);
      expect(r.stdout).toContain(`Lỗi: Tệp ${input}, bản ghi 30, trường "Ngày sinh"`);
      expect(r.stdout).toContain("Đã tạo 58 văn bản, 2 bản ghi lỗi");
      const files = readdirSync(out);
      expect(files.filter((f) => f.endsWith(".pdf")).length).toBe(58);
      expect(files.filter((f) => f.endsWith(".docx")).length).toBe(58);
      expect(files).toContain("bao-cao.txt");
      const manifest = readFileSync(join(out, "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { path: string; sha256: string; record: number });
      expect(manifest.length).toBe(116);
      for (const m of manifest) expect(createHash("sha256").update(readFileSync(join(out, m.path))).digest("hex")).toBe(m.sha256);

      // --leave-in-store: the documents stay in the shared store; nothing is written here.
      const small = join(dir, "nho.jsonl");
      writeRecords(small, 5, 1000);
      const kept = runCli(["render", small, "--db", db.url, "--data", data, "--out", join(dir, "out2"), "--no-progress", "--leave-in-store"]);
      expect(kept.code).toBe(0);
      expect(kept.stdout).toContain("Đã tạo 5 văn bản");
      expect(existsSync(join(dir, "out2"))).toBe(false);
    } finally {
      worker.child.kill("SIGTERM");
      await worker.exited;
      await db.drop();
    }
  });
});
