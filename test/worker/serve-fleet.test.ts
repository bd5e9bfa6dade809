// Two serve processes and two workers on one PostgreSQL and one shared folder: a final batch uploaded through the API while
// the API numbers documents on both servers; no document lost, duplicated or mixed up; a batch is cancelled through its route.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, expect, it } from "vitest";
import { approvedDocuments } from "../helpers/approved.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { freePort, serveProcess, type ServeProcess } from "../server/process.js";
import { sleep, workerProcess, writeRecords, type WorkerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-serve-fleet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;

const upload = async (url: string, token: string, path: string, name: string) => {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(path)]), name);
  const r = await fetch(`${url}/api/batches?mode=final`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: r.status, body: (await r.json()) as { id: string } };
};

describePg("two serve processes and two workers on one PostgreSQL", (serverUrl) => {
  it("render an uploaded batch while numbering on both servers: nothing lost, duplicated or mixed up", { timeout: 300_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data");
    const { ids, token } = await approvedDocuments({ databaseUrl: db.url, dataDir: data }, 60, () => record);
    const procs: Array<ServeProcess | WorkerProcess> = [];
    try {
      // Both servers are stopped in `finally` even when one of them fails to start.
      const started = await Promise.allSettled([await freePort(), await freePort()].map((port) => serveProcess(["--db", db.url, "--data", data, "--port", String(port)])));
      for (const s of started) if (s.status === "fulfilled") procs.push(s.value);
      const [a, b] = started.map((s) => {
        if (s.status === "rejected") throw s.reason;
        return s.value;
      });
      procs.push(...(await Promise.all([0, 1].map(() => workerProcess(["--db", db.url, "--data", data, "--threads", "1"])))));
      const input = join(dir, "quyet-dinh.jsonl");
      const bad = writeRecords(input, 120, 40);
      const auth = { authorization: `Bearer ${token}` };
      const [sent, numbers] = await Promise.all([
        upload(a!.url, token, input, "quyet-dinh.jsonl"),
        Promise.all(ids.map((id, i) => fetch(`${(i % 2 ? b : a)!.url}/api/documents/${id}/actions/number`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" }).then(async (r) => ({ status: r.status, body: (await r.json()) as { number: number } })))),
      ]);
      expect(sent.status).toBe(202);
      expect(numbers.filter((x) => x.status !== 200)).toEqual([]);
      expect(numbers.map((x) => x.body.number).sort((x, y) => x - y)).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
      // Progress read on the other server.
      let state: { state: string; records: number; done: number; failed: number; failures: Array<{ record: number; issues: Array<{ message: string }> }> };
      for (;;) {
        state = (await (await fetch(`${b!.url}/api/batches/${sent.body.id}`, { headers: auth })).json()) as typeof state;
        if (state.state !== "running") break;
        await sleep(300);
      }
      expect(state).toMatchObject({ state: "done", records: 120, done: 120 - bad.length, failed: bad.length });
      expect(state.failures.map((f) => f.record)).toEqual(bad);
      expect(state.failures[0]!.issues[0]!.message).toContain('trường "Ngày sinh"');
      // files.zip from the other server: one DOCX and one PDF per valid record, each PDF of its own person.
      const zip = await JSZip.loadAsync(await (await fetch(`${b!.url}/api/batches/${sent.body.id}/files.zip`, { headers: auth })).arrayBuffer());
      const names = Object.keys(zip.files);
      expect(names.filter((n) => n.endsWith(".docx")).length).toBe(120 - bad.length);
      const people: string[] = [];
      for (const n of names.filter((x) => x.endsWith(".pdf"))) {
        const text = (await extractPdfText(await zip.file(n)!.async("uint8array"))).pages.flatMap((p) => p.items.map((i) => i.str)).join(" ");
        people.push(...[...text.matchAll(/Nguyễn Văn Thử (\d+)/g)].map((m) => m[1]!).filter((v, i, all) => all.indexOf(v) === i));
      }
      const expected = Array.from({ length: 120 }, (_, i) => String(i + 1)).filter((n) => !bad.includes(Number(n)));
      expect(people.sort()).toEqual(expected.sort());
      // errors.xlsx names the bad records.
      expect((await fetch(`${a!.url}/api/batches/${sent.body.id}/errors.xlsx`, { headers: auth })).status).toBe(200);

      // A second batch, cancelled through its route on the other server.
      const big = join(dir, "lon.jsonl");
      writeRecords(big, 1000, 1000);
      const second = await upload(a!.url, token, big, "lon.jsonl");
      const cancel = await fetch(`${b!.url}/api/batches/${second.body.id}/cancel`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" });
      expect(cancel.status).toBe(200);
      const said = (await cancel.json()) as { state: string; records: number; done: number; failed: number; cancelled: number };
      expect(said.state).toBe("cancelled");
      expect(said.done + said.failed + said.cancelled).toBe(1000);
      await sleep(3000);
      const after = (await (await fetch(`${a!.url}/api/batches/${second.body.id}`, { headers: auth })).json()) as { state: string; done: number };
      expect(after).toMatchObject({ state: "cancelled", done: said.done });
    } finally {
      for (const p of procs) p.child.kill("SIGTERM");
      await Promise.all(procs.map((p) => p.exited));
      await db.drop();
    }
  });
});
