// The queue's own costs, without rendering: submit, fetch, the pending check, completion, and the commit of rendered records.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHUNK_RECORDS, commitRecords, openQueue, openStore, pendingRecords, sha256Hex, RENDER_QUEUE, type RecordOutcome, type RenderJob } from "../../src/store/index.js";
import { submitFile } from "../../src/worker/index.js";
import { freshDatabase } from "./fleet.js";
import { benchRecord } from "./records.js";

export interface QueueCosts {
  jobs: number;
  perJob: number;
  submitMsPerRecord: number;
  fetchMs: number;
  pendingMs: number;
  /** commitRecords with no record: the batch row's lock and pg-boss's complete, in one transaction. */
  completeMs: number;
  /** commitRecords with every record rendered (two files each), completion included. */
  commitMs: number;
  writeMsPerRecord: number;
  /** Adopting a record's two rendered files (~50 KB each) into the folder file store, one after the other as a worker does. */
  storeMsPerRecord: number;
}

/** The rows a worker writes for a rendered record: its DOCX and PDF (hashes made up; nothing reads the files here). */
const rendered = (seq: number): RecordOutcome => ({
  seq,
  issues: [],
  files: (["docx", "pdf"] as const).map((format) => ({ format, stem: `quyet-dinh-${seq}`, sha256: `${format}${seq}`.padEnd(64, "0"), size: 50_000, kind: "quyet-dinh-luan-chuyen", version: "1", profile: "nd30", pages: 1, record_hash: String(seq).padEnd(64, "0") })),
});

/**
 * Submits `jobs` full jobs' worth of records as a batch on a fresh database, then takes the jobs one at a time as a
 * worker does: half are completed with no record (queue costs alone), half with all their records rendered (the
 * database writes).
 */
export async function queueCosts(base: string, jobs: number): Promise<QueueCosts> {
  const db = await freshDatabase(base, `cadre_bench_queue_${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), "cadre-bench-queue-"));
  const records = join(dataDir, "records.jsonl");
  writeFileSync(records, `${Array.from({ length: jobs * CHUNK_RECORDS }, (_, i) => JSON.stringify(benchRecord(i))).join("\n")}\n`);
  const store = await openStore({ databaseUrl: db.url, dataDir, poolSize: 2 });
  const queue = await openQueue(db.url, { poolSize: 2 });
  const incoming = store.files.incoming ?? dataDir;
  mkdirSync(incoming, { recursive: true });
  try {
    let t = performance.now();
    const { id, records: n } = await submitFile(store, queue, { path: records, unitId: null, createdBy: "bench", formats: ["docx", "pdf"], now: new Date() });
    const submitMsPerRecord = (performance.now() - t) / n;
    const times = { fetch: 0, pending: 0, complete: 0, commit: 0, store: 0 };
    let stored = 0;
    let perJob = 0;
    for (let j = 0; j < jobs; j++) {
      t = performance.now();
      const [job] = await queue.boss.fetch<RenderJob>(RENDER_QUEUE, { batchSize: 1 });
      if (!job) throw new Error(`internal: only ${j} of ${jobs} jobs in the queue`);
      times.fetch += performance.now() - t;
      t = performance.now();
      const todo = await pendingRecords(store, job.data);
      times.pending += performance.now() - t;
      perJob = Math.max(perJob, todo.length);
      t = performance.now();
      const full = j % 2 === 1;
      if (full) {
        // The render thread writes each file under a temporary name (as the CLI does); the worker's main thread adopts it.
        const tmps = Array.from({ length: todo.length * 2 }, (_, k) => {
          const bytes = randomBytes(50_000);
          const tmp = join(incoming, `f${j}-${k}.tmp`);
          writeFileSync(tmp, bytes);
          return { tmp, file: { sha256: sha256Hex(bytes), size: bytes.byteLength } };
        });
        t = performance.now();
        for (const f of tmps) await store.files.adopt(f.tmp, f.file);
        times.store += performance.now() - t;
        stored += todo.length;
        t = performance.now();
      }
      await commitRecords(store, queue, { name: RENDER_QUEUE, id: job.id }, id, full ? todo.map((r) => rendered(r.seq)) : []);
      times[full ? "commit" : "complete"] += performance.now() - t;
    }
    const half = jobs / 2;
    const completeMs = times.complete / Math.ceil(half);
    const commitMs = times.commit / Math.floor(half);
    return { jobs, perJob, submitMsPerRecord, fetchMs: times.fetch / jobs, pendingMs: times.pending / jobs, completeMs, commitMs, writeMsPerRecord: (commitMs - completeMs) / perJob, storeMsPerRecord: times.store / stored };
  } finally {
    await queue.close();
    await store.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
