// `render --db` with --name, --strict, --pdfa and --config: the workers apply them as `render` does on this machine; the CLI says when no worker takes the batch.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { ROOT } from "../helpers/samples.js";
import { cliProcess } from "../server/process.js";
import { workerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-render-db-options-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documents = (out: string) => readdirSync(out).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
const positions = async (path: string) => (await extractPdfText(new Uint8Array(readFileSync(path)))).pages.flatMap((p) => p.items.map((i) => `${i.str}@${i.x.toFixed(2)},${i.y.toFixed(2)}`));

describePg("render --db with render's options", (serverUrl) => {
  it("waits for a worker (and says so), then the worker applies --name, --strict, --pdfa and the configuration as render does here", { timeout: 240_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data");
    const input = join(ROOT, "test/fixtures/bad/mixed-records.json");
    const config = join(dir, "cau-hinh.json");
    writeFileSync(config, JSON.stringify({ profiles: { party: { marginsMm: { left: 35 } } } }));
    const options = ["--name", "ban-sao-{default}", "--strict", "--pdfa", "--config", config, "--no-progress"];
    const queuedOut = join(dir, "queued");
    const render = await cliProcess("render", [input, "--db", db.url, "--data", data, "--out", queuedOut, ...options], "Không có máy worker nào đang làm lô này", { CADRE_QUEUE_NOTICE_SECONDS: "1" }, 60_000);
    let worker;
    try {
      expect(render.stderr()).toContain("giây chưa có bản ghi nào xong. Hãy chạy cadre-docs worker --db … --data … (cùng cơ sở dữ liệu và thư mục dữ liệu) trên ít nhất một máy; lô vẫn chờ trong hàng đợi, Ctrl-C để hủy lô.");
      worker = await workerProcess(["--db", db.url, "--data", data, "--threads", "1"]);
      const exit = await render.exited;
      expect(render.stderr()).toContain("Đã có máy worker nhận việc, lô đang tiếp tục.");
      // Records with warnings failed under --strict, as on this machine: exit 1.
      expect(exit.code).toBe(1);
    } finally {
      render.child.kill("SIGKILL");
      worker?.child.kill("SIGTERM");
      await worker?.exited;
      await db.drop();
    }

    const localOut = join(dir, "local");
    const local = runCli(["render", input, "--out", localOut, ...options]);
    expect(local.code).toBe(1);
    const names = documents(queuedOut);
    expect(names).toEqual(documents(localOut));
    expect(names.length).toBeGreaterThan(0);
    // Fewer documents than records: --strict failed the records with warnings (7 records in the file).
    expect(names.length / 2).toBeLessThan(7);
    expect(names.every((n) => n.startsWith("ban-sao-"))).toBe(true);
    const report = readFileSync(join(queuedOut, "bao-cao.txt"), "utf8");
    // The same records refused, with the same Vietnamese issues, as on this machine.
    expect(local.stdout.split("\n").filter((l) => l.startsWith("✗")).length).toBe(7 - names.length / 2);
    const issues = local.stdout.split("\n").filter((l) => /^ +(Lỗi|Cảnh báo): /.test(l));
    expect(issues.length).toBeGreaterThanOrEqual(7 - names.length / 2);
    for (const line of issues) expect(report).toContain(line.trim());
    expect(report).toContain("tạo trên các máy worker.");

    const pdf = names.find((n) => n.endsWith(".pdf"))!;
    expect(readFileSync(join(queuedOut, pdf)).toString("latin1")).toContain("pdfaid:part");
    const queuedText = await positions(join(queuedOut, pdf));
    expect(queuedText).toEqual(await positions(join(localOut, pdf)));
    // The configuration's 35 mm left margin (99.2 pt; 30 mm, 85 pt, without it).
    const lefts = (await extractPdfText(new Uint8Array(readFileSync(join(queuedOut, pdf))))).pages[0]!.items.map((i) => i.x);
    expect(Math.min(...lefts)).toBeGreaterThan(99);
  });
});
