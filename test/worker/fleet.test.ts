// Worker processes on PostgreSQL: a big batch (5,000 records; CADRE_FLEET_RECORDS=N for another size) over three workers, one killed with SIGKILL mid-job and one joining late:
// every valid record exactly once (database, file store, manifest and SHA-256 agree), every bad record reported once; a cancel stops a batch.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, expect, it } from "vitest";
import { cancelBatch, openQueue, openStore, type Queue, type Store } from "../../src/store/index.js";
import { submitFile, writeBatchOutputs, writeManifest } from "../../src/worker/index.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { sleep, workerProcess, writeRecords, type WorkerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-fleet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The issue's full case: 5,000 records took 27 s alone on the 2-core machine (three one-thread workers, PDF only;
// 130 s under load before the workers held two jobs per thread).
const RECORDS = Number(process.env.CADRE_FLEET_RECORDS ?? 5000);
const NOW = new Date("2026-01-09T08:00:00Z");

async function batchRow(store: Store, id: string) {
  const b = await store.db.selectFrom("batches").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  return { state: b.state, records: Number(b.records), done: Number(b.done), failed: Number(b.failed) };
}

async function until(what: string, ok: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const stopAll = async (workers: WorkerProcess[]) => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
  return Promise.all(workers.map((w) => w.exited));
};

describePg("render workers on PostgreSQL", (serverUrl) => {
  it(`renders ${RECORDS} records over three workers, one killed mid-job and one joining late, each valid record once`, { timeout: 300_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data");
    const store = await openStore({ databaseUrl: db.url, dataDir: data });
    // This process looks for lost jobs every second too (every worker does).
    const queue: Queue = await openQueue(db.url, { maintenanceSeconds: 1 });
    const env = { CADRE_QUEUE_CHECK_SECONDS: "1" };
    const args = ["--db", db.url, "--data", data, "--threads", "1"];
    const workers: WorkerProcess[] = [];
    try {
      workers.push(...(await Promise.all([0, 1, 2].map(() => workerProcess(args, env)))));
      const input = join(dir, "ca-tinh.jsonl");
      const bad = writeRecords(input, RECORDS, 500);
      const started = Date.now();
      const { id } = await submitFile(store, queue, { path: input, unitId: null, createdBy: "test", formats: ["pdf"], now: NOW, queue: { expireSeconds: 8, tries: 3 } });
      await until("a tenth of the batch", async () => (await batchRow(store, id)).done >= RECORDS / 10, 120_000);
      workers[0]!.child.kill("SIGKILL");
      const late = await workerProcess(args, env);
      workers.push(late);
      await until("the batch's end", async () => (await batchRow(store, id)).state !== "running", 240_000);
      const seconds = (Date.now() - started) / 1000;
      console.log(`[fleet] ${RECORDS} records in ${seconds.toFixed(1)} s over 3 workers (one killed) + 1 late: ${(RECORDS / seconds).toFixed(0)} records/s`);

      expect(await batchRow(store, id)).toEqual({ state: "done", records: RECORDS, done: RECORDS - bad.length, failed: bad.length });
      // The killed worker's job expired and was tried again by another worker.
      const retried = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'cadre-render' and retry_count > 0`.execute(store.db);
      expect(Number(retried.rows[0]!.n)).toBeGreaterThan(0);
      // Each bad record once, with its issue; no other failure.
      const failed = await store.db.selectFrom("batch_items").select(["seq", "issues"]).where("batch_id", "=", id).where("state", "=", "failed").orderBy("seq").execute();
      expect(failed.map((f) => Number(f.seq))).toEqual(bad);
      for (const f of failed) expect((JSON.parse(f.issues!) as Array<{ code: string }>).map((i) => i.code)).toEqual(["required"]);
      // Each valid record exactly once in the database.
      const files = await store.db.selectFrom("batch_files").select(["seq", "sha256", "size"]).where("batch_id", "=", id).orderBy("seq").execute();
      const valid = Array.from({ length: RECORDS }, (_, i) => i + 1).filter((n) => !bad.includes(n));
      expect(files.map((f) => Number(f.seq))).toEqual(valid);
      // The files written out, the manifest and the database agree with the files' SHA-256.
      const out = join(dir, "out");
      const outputs = await writeBatchOutputs(store, id, out);
      await writeManifest(out, outputs);
      const manifest = readFileSync(join(out, "manifest.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { record: number; path: string; sha256: string });
      expect(manifest.map((m) => m.record)).toEqual(valid);
      expect(new Set(manifest.map((m) => m.path)).size).toBe(valid.length);
      const bySeq = new Map(files.map((f) => [Number(f.seq), f.sha256]));
      for (const m of manifest) {
        expect(createHash("sha256").update(readFileSync(join(out, m.path))).digest("hex")).toBe(m.sha256);
        expect(bySeq.get(m.record)).toBe(m.sha256);
      }
      // The worker that joined late took jobs.
      late.child.kill("SIGTERM");
      expect((await late.exited).code).toBe(0);
      expect(late.stderr()).toMatch(/Đã làm [1-9]\d* việc/);
    } finally {
      await stopAll(workers);
      await queue.close();
      await store.close();
      await db.drop();
    }
  });

  it("stops a cancelled batch within seconds and says what was done", { timeout: 180_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const data = join(dir, "data-cancel");
    const store = await openStore({ databaseUrl: db.url, dataDir: data });
    const queue = await openQueue(db.url);
    const workers: WorkerProcess[] = [];
    try {
      workers.push(...(await Promise.all([0, 1].map(() => workerProcess(["--db", db.url, "--data", data, "--threads", "1"])))));
      const input = join(dir, "huy.jsonl");
      writeRecords(input, 2000, 1000);
      const { id } = await submitFile(store, queue, { path: input, unitId: null, createdBy: "test", formats: ["pdf"], now: NOW });
      await until("some documents", async () => (await batchRow(store, id)).done >= 100, 120_000);
      const said = await cancelBatch(store, id);
      expect(said).toMatchObject({ state: "cancelled", records: 2000 });
      expect(said!.done + said!.failed + said!.cancelled).toBe(2000);
      expect(said!.cancelled).toBeGreaterThan(0);
      // Jobs in hand finish their records but count nothing more; the queue drains without rendering.
      await sleep(3000);
      const after = await batchRow(store, id);
      await sleep(3000);
      expect(await batchRow(store, id)).toEqual(after);
      expect(after).toMatchObject({ state: "cancelled", done: said!.done, failed: said!.failed });
      const files = await store.db.selectFrom("batch_files").select((eb) => eb.fn.countAll().as("n")).where("batch_id", "=", id).executeTakeFirstOrThrow();
      expect(Number(files.n)).toBe(said!.done);
      // Cancelling again changes nothing and says the same.
      expect(await cancelBatch(store, id)).toEqual(said);
    } finally {
      await stopAll(workers);
      await queue.close();
      await store.close();
      await db.drop();
    }
  });
});
