// A year-end bundle through render --db: the workers write every document of the bundle into its folder, as render does on this machine; a bad child is reported by its label, the others are written.
import { readdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { afterAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { ROOT } from "../helpers/samples.js";
import { workerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-bundle-queue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documents = (out: string): string[] =>
  (readdirSync(out, { recursive: true }) as string[]).filter((f) => /\.(docx|pdf)$/.test(f)).map((f) => relative(out, join(out, f))).sort();
const failures = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("✗") || /^ +Lỗi: /.test(l));

describePg("a year-end bundle through the queue", (serverUrl) => {
  it("renders the bundle's documents into its folder as render does here, a bad child reported by its label", { timeout: 240_000 }, async () => {
    const bundle = parse(readFileSync(join(ROOT, "inputs/year-end/so-noi-vu-2025.yaml"), "utf8")) as { folder: string; people: Array<{ assessmentSheet?: { year?: unknown } }> };
    const broken = structuredClone(bundle);
    broken.folder = "so-noi-vu-loi";
    broken.people[1]!.assessmentSheet!.year = "hai nghìn";
    const single = JSON.parse(readFileSync(join(ROOT, "inputs/nd30/dieu-dong-mot-nguoi.json"), "utf8")) as unknown;
    const input = join(dir, "cuoi-nam.jsonl");
    writeFileSync(input, [bundle, broken, single].map((r) => JSON.stringify(r)).join("\n"));

    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data");
    const worker = await workerProcess(["--db", db.url, "--data", data, "--threads", "1"]);
    let queued;
    try {
      queued = runCli(["render", input, "--db", db.url, "--data", data, "--out", join(dir, "queued"), "--no-progress"]);
    } finally {
      worker.child.kill("SIGTERM");
      await worker.exited;
      await db.drop();
    }
    const local = runCli(["render", input, "--out", join(dir, "local"), "--no-progress"]);
    expect(local.code).toBe(1);
    expect(queued.code).toBe(1);
    const names = documents(join(dir, "queued"));
    expect(names).toEqual(documents(join(dir, "local")));
    expect(names.filter((n) => n.startsWith("so-noi-vu-2025/")).length).toBeGreaterThan(6);
    expect(names.some((n) => n.startsWith("so-noi-vu-loi-2025/"))).toBe(true);
    // The same failure, named by its record and its child's label, with the same Vietnamese message.
    expect(failures(queued.stdout)).toEqual(failures(local.stdout));
    expect(failures(queued.stdout)[0]).toMatch(/^✗ .*cuoi-nam\.jsonl \(bản ghi 2\) — Phiếu đánh giá của Đỗ Minh Khang/);
    expect(queued.stdout).toContain("Đầu vào: 1 tệp, 3 bản ghi.");
    const manifest = readFileSync(join(dir, "queued", "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { record: number; item?: string; path: string });
    expect([...new Set(manifest.map((m) => m.record))].sort()).toEqual([1, 2, 3]);
    expect(manifest.filter((m) => m.record === 1).every((m) => m.item && m.path.startsWith("so-noi-vu-2025/"))).toBe(true);
  });
});
