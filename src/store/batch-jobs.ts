// A queued batch in the database: submitted with its jobs in one transaction; each job's records marked and counted once, with the job completed in the same transaction.
import { sql } from "kysely";
import type { Issue } from "../core/index.js";
import { enqueueRecords, inTransaction, type Queue, type QueueSettings, type RenderJob } from "./batch-queue.js";
import type { Store } from "./open-store.js";
import type { Tx } from "./transaction.js";
import type { BatchFileTable } from "./types.js";

/** What every worker renders a batch's records with: the batch's clock (one reading for all) and its formats. */
export interface QueuedBatchSettings {
  now: string;
  formats: Array<"docx" | "pdf">;
  /** `render --db`'s choices, applied by every worker: the output name pattern (`--name`), `--strict`, `--pdfa`. */
  name?: string;
  strict?: boolean;
  pdfa?: boolean;
  /** A configuration's profile overrides (`--config`), as loadConfig checked them before the batch was submitted. */
  overrides?: Record<string, unknown>;
}

export interface QueuedBatch {
  id: string;
  unitId: string | null;
  createdBy: string;
  mode: string;
  /** The input's name as issues and the error workbook name it. */
  input: string;
  settings: QueuedBatchSettings;
  records: RenderJob["records"];
  /** Records refused while reading the input (never queued), with their issues. */
  refused: Array<{ seq: number; issues: Issue[] }>;
}

const json = (issues: Issue[]): string | null => (issues.length ? JSON.stringify(issues) : null);

/**
 * The batch row, one pending item per record and the jobs, all or nothing; a batch without a record to render is done at
 * once. `commitWith` runs last in the same transaction (the server keeps the upload's Idempotency-Key answer there).
 */
export async function submitBatch(store: Store, queue: Queue, b: QueuedBatch, settings: QueueSettings, commitWith?: (tx: Tx) => Promise<void>): Promise<void> {
  const at = new Date().toISOString();
  await store.db.transaction().execute(async (tx) => {
    await tx.insertInto("batches").values({
      id: b.id, unit_id: b.unitId, created_by: b.createdBy, mode: b.mode, state: b.records.length ? "running" : "done",
      records: b.records.length + b.refused.length, done: 0, failed: b.refused.length, detail: null, created_at: at, updated_at: at,
      input: b.input, settings: JSON.stringify(b.settings),
    }).execute();
    const items = [
      ...b.records.map((r) => ({ batch_id: b.id, seq: r.seq, document_id: null, state: "pending", issues: null, record: r.record ?? null, item: r.item ?? null })),
      ...b.refused.map((r) => ({ batch_id: b.id, seq: r.seq, document_id: null, state: "failed", issues: json(r.issues) })),
    ];
    for (let i = 0; i < items.length; i += 500) await tx.insertInto("batch_items").values(items.slice(i, i + 500)).execute();
    await enqueueRecords(queue, tx, b.id, b.records, settings);
    await commitWith?.(tx);
  });
}

/** One record's result: its files (done) or only issues (failed). */
export interface RecordOutcome {
  seq: number;
  issues: Issue[];
  files?: Array<Omit<BatchFileTable, "batch_id" | "seq" | "record" | "item">>;
  /** A bundle's document: its input record and label (kept beside its files for the manifest). */
  record?: number;
  item?: string;
}

/**
 * Marks the job's records that are still pending (a job run twice, or a cancelled batch, changes nothing twice), keeps
 * their files' rows, adds them to the batch's counts and completes the job, in one transaction. Returns what it counted.
 */
export async function commitRecords(store: Store, queue: Queue, job: { name: string; id: string }, batch: string, outcomes: RecordOutcome[], complete = true): Promise<{ done: number; failed: number }> {
  return store.db.transaction().execute(async (tx) => {
    // The batch row first, as cancelBatch takes it: the two never wait on each other's item rows.
    await tx.selectFrom("batches").select("id").where("id", "=", batch).forUpdate().execute();
    const ok = outcomes.filter((o) => o.files && !o.issues.length).map((o) => o.seq);
    const marked = ok.length
      ? (await tx.updateTable("batch_items").set({ state: "done" }).where("batch_id", "=", batch).where("seq", "in", ok).where("state", "=", "pending").returning("seq").execute()).map((r) => Number(r.seq))
      : [];
    let failed = 0;
    for (const o of outcomes.filter((x) => !x.files || x.issues.length)) {
      const state = o.files ? "done" : "failed";
      const r = await tx.updateTable("batch_items").set({ state, issues: json(o.issues) }).where("batch_id", "=", batch).where("seq", "=", o.seq).where("state", "=", "pending").returning("seq").execute();
      if (r.length && state === "done") marked.push(o.seq);
      else if (r.length) failed++;
    }
    const kept = new Set(marked);
    const rows = outcomes.filter((o) => kept.has(o.seq)).flatMap((o) => (o.files ?? []).map((f) => ({ batch_id: batch, seq: o.seq, record: o.record ?? null, item: o.item ?? null, ...f })));
    for (let i = 0; i < rows.length; i += 200) await tx.insertInto("batch_files").values(rows.slice(i, i + 200)).onConflict((oc) => oc.columns(["batch_id", "seq", "format"]).doNothing()).execute();
    if (marked.length || failed) await count(tx, batch, marked.length, failed);
    if (complete) await queue.boss.complete(job.name, job.id, { done: marked.length, failed }, { db: inTransaction(tx) });
    return { done: marked.length, failed };
  });
}

/**
 * A drafts batch's record made: its item pending → done with the draft's id and issues, counted, inside the draft's own
 * transaction. False (the caller rolls the draft back) when the item is no longer pending: an earlier try made it, or
 * the batch was cancelled.
 */
export async function markDraft(tx: Tx, batch: string, seq: number, documentId: string, issues: Issue[]): Promise<boolean> {
  await tx.selectFrom("batches").select("id").where("id", "=", batch).forUpdate().execute();
  const r = await tx.updateTable("batch_items").set({ state: "done", document_id: documentId, issues: json(issues) })
    .where("batch_id", "=", batch).where("seq", "=", seq).where("state", "=", "pending").returning("seq").execute();
  if (!r.length) return false;
  await count(tx, batch, 1, 0);
  return true;
}

/** Adds to the counts; the last record's commit turns a running batch done. */
async function count(tx: Tx, batch: string, done: number, failed: number): Promise<void> {
  await tx.updateTable("batches")
    .set({
      done: sql`done + ${done}`, failed: sql`failed + ${failed}`, updated_at: new Date().toISOString(),
      state: sql`case when state = 'running' and done + ${done} + failed + ${failed} >= records then 'done' else state end`,
    })
    .where("id", "=", batch).execute();
}

/** Records of a job still to render (the others were done by an earlier try, or the batch was cancelled). */
export async function pendingRecords(store: Store, job: RenderJob): Promise<RenderJob["records"]> {
  const seqs = job.records.map((r) => r.seq);
  if (!seqs.length) return [];
  const rows = await store.db.selectFrom("batch_items").select("seq").where("batch_id", "=", job.batch).where("seq", "in", seqs).where("state", "=", "pending").execute();
  const pending = new Set(rows.map((r) => Number(r.seq)));
  return job.records.filter((r) => pending.has(r.seq));
}

/** Stops a running batch: its pending records are cancelled (workers skip them); says what was done. */
export async function cancelBatch(store: Store, id: string): Promise<{ state: string; records: number; done: number; failed: number; cancelled: number } | undefined> {
  return store.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom("batches").select(["state", "records"]).where("id", "=", id).forUpdate().executeTakeFirst();
    if (!row) return undefined;
    let cancelled = 0;
    if (row.state === "running") {
      cancelled = (await tx.updateTable("batch_items").set({ state: "cancelled" }).where("batch_id", "=", id).where("state", "=", "pending").returning("seq").execute()).length;
      await tx.updateTable("batches").set({ state: "cancelled", updated_at: new Date().toISOString() }).where("id", "=", id).execute();
    }
    const b = await tx.selectFrom("batches").select(["state", "records", "done", "failed"]).where("id", "=", id).executeTakeFirstOrThrow();
    if (row.state !== "running") cancelled = Number((await tx.selectFrom("batch_items").select((eb) => eb.fn.countAll().as("n")).where("batch_id", "=", id).where("state", "=", "cancelled").executeTakeFirstOrThrow()).n);
    return { state: b.state, records: Number(b.records), done: Number(b.done), failed: Number(b.failed), cancelled };
  });
}
