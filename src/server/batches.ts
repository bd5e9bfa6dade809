// Batches on this machine: an uploaded file becomes drafts (one document per record) or final files (the CLI's pool); progress in the database.
import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyBaseLogger } from "fastify";
import { defaultWorkers, MANIFEST_FILE, nodeIo, REPORT_FILE, REPORT_TEXT_FILE, readRecords, renderFiles, withSource, type BatchReport, type Issue, type ProgressSink } from "../index.js";
import { crashPoint, writeTransaction, type Queue, type QueueSettings, type Store, type Tx } from "../store/index.js";
import { createDocument, type Actor } from "../workflow/index.js";
import { writeErrorWorkbook, zipStream } from "./batch-output.js";
import { queueBatch } from "./queued-batches.js";
import { FORMATS, keepFiles, renderBoth, type RenderSettings } from "./doc-files.js";

export type BatchMode = "drafts" | "final";

export interface BatchContext {
  store: Store;
  settings: RenderSettings;
  /** Folder of each batch's upload, final files, files.zip and errors.xlsx (`<data>/batches`). */
  workDir: string;
  /** Worker threads of a final batch (default: the CLI's, one thread on one or two cores). */
  workers?: number;
  log: FastifyBaseLogger;
  /** PostgreSQL: final batches go to the render queue (`cadre-docs worker`) instead of this process's pool. */
  queue?: Queue;
  queueSettings?: Partial<QueueSettings>;
}

type Counts = { records: number; done: number; failed: number };
const running = new Set<Promise<void>>();

/** Batches still running in this process (a graceful stop waits for them). */
export const runningBatches = (): Promise<unknown> => Promise.allSettled([...running]);

export const batchDir = (ctx: BatchContext, id: string): string => join(ctx.workDir, id);

async function update(ctx: BatchContext, id: string, set: Partial<Counts> & { state?: string; detail?: string }): Promise<void> {
  await ctx.store.db.updateTable("batches").set({ ...set, updated_at: ctx.settings.now().toISOString() }).where("id", "=", id).execute();
}

/** Progress into the batch row, at most twice a second. */
function progressInto(ctx: BatchContext, id: string): ProgressSink {
  let last = 0;
  return {
    update(s) {
      crashPoint("batch-final-progress", s.documents);
      if (Date.now() - last < 500) return;
      last = Date.now();
      void update(ctx, id, { records: s.total ?? s.records, done: s.documents, failed: s.failed }).catch(() => undefined);
    },
    finish() {},
  };
}

async function items(ctx: BatchContext, id: string, rows: Array<{ seq: number; documentId: string | null; issues: Issue[] }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200).map((r) => ({ batch_id: id, seq: r.seq, document_id: r.documentId, state: r.documentId || !r.issues.some((x) => x.severity === "error") ? "done" : "failed", issues: r.issues.length ? JSON.stringify(r.issues) : null }));
    if (chunk.length) await ctx.store.db.insertInto("batch_items").values(chunk).onConflict((oc) => oc.columns(["batch_id", "seq"]).doNothing()).execute();
  }
}

type Outcome = { counts: Counts; issues: Issue[] };

/**
 * Final documents: the CLI's batch (same pool and defaults, atomic writes) into the batch's `out` folder, with its
 * manifest, so a batch interrupted by a crash is resumed (`resume`) without rendering again what was written.
 */
export async function runFinal(ctx: BatchContext, id: string, input: string, resume = false): Promise<Outcome> {
  const out = join(batchDir(ctx, id), "out");
  const report: BatchReport = await renderFiles([input], {
    outDir: out, io: nodeIo(), formats: FORMATS, now: ctx.settings.now, fonts: ctx.settings.fonts,
    workers: ctx.workers ?? defaultWorkers(), progress: progressInto(ctx, id), manifest: true, resume,
  });
  await items(ctx, id, report.failures.map((f, n) => ({ seq: f.source.record ?? n + 1, documentId: null, issues: f.issues })));
  const issues = [...report.failures.flatMap((f) => f.issues), ...report.documents.flatMap((d) => d.issues), ...report.notices];
  return { counts: { records: report.counts.records, done: report.counts.documents, failed: report.counts.failed }, issues };
}

/**
 * Drafts: each valid record becomes a draft of the unit with its files, as POST /api/documents does; its batch item
 * commits with the draft, so a resumed batch (`done`: the items already made, with their issues) skips those records.
 */
export async function runDrafts(ctx: BatchContext, id: string, actor: Actor, input: string, done: ReadonlyMap<number, Issue[]> = new Map()): Promise<Outcome> {
  const read = await readRecords(input, nodeIo());
  const counts: Counts = { records: read.records.length, done: 0, failed: 0 };
  const issues: Issue[] = [...read.issues];
  const rows: Array<{ seq: number; documentId: string | null; issues: Issue[] }> = [];
  await update(ctx, id, { records: counts.records });
  for (const r of read.records) {
    const made = done.get(r.index);
    if (made) {
      issues.push(...made);
      counts.done++;
      continue;
    }
    const { number: _n, ...record } = (r.data ?? {}) as Record<string, unknown>;
    const at = ctx.settings.now();
    const rendered = await renderBoth(record, ctx.settings, at);
    let documentId: string | null = null;
    let found = rendered.issues;
    if (rendered.ok) {
      const item = (tx: Tx, d: { id: string }) => tx.insertInto("batch_items").values({ batch_id: id, seq: r.index, document_id: d.id, state: "done", issues: found.length ? JSON.stringify(withSource(found, { file: input, record: r.index })) : null }).execute().then(() => undefined);
      const doc = await createDocument(ctx.store, actor, { kind: rendered.value.kind, record, version: rendered.value.version, profile: rendered.value.profile }, { now: at, commitWith: item });
      if (doc.ok) {
        crashPoint("batch-draft-committed");
        documentId = doc.value.id;
        await keepFiles(ctx.store, actor, doc.value, rendered.value.files, at);
      } else found = [...found, ...doc.issues];
    }
    found = withSource(found, { file: input, record: r.index });
    issues.push(...found);
    rows.push({ seq: r.index, documentId, issues: found });
    if (documentId) counts.done++;
    else counts.failed++;
    if ((counts.done + counts.failed) % 50 === 0) await update(ctx, id, { done: counts.done, failed: counts.failed });
  }
  await items(ctx, id, rows);
  if (read.records.length === 0) counts.failed = 0;
  return { counts, issues };
}

async function* draftFiles(ctx: BatchContext, id: string): AsyncGenerator<{ name: string; data: Uint8Array }> {
  const rows = await ctx.store.db.selectFrom("batch_items").select(["seq", "document_id as documentId"]).where("batch_id", "=", id).orderBy("seq").execute();
  for (const r of rows) {
    if (!r.documentId) continue;
    const files = await ctx.store.db.selectFrom("document_files").select(["format", "sha256"]).where("document_id", "=", r.documentId).execute();
    for (const f of files) {
      const data = await ctx.store.files.get(f.sha256);
      if (data) yield { name: `${String(r.seq).padStart(5, "0")}-${r.documentId}.${f.format}`, data };
    }
  }
}

/** files.zip of a finished batch, made as it is read. */
export const batchZip = (ctx: BatchContext, id: string, mode: string): NodeJS.ReadableStream =>
  zipStream(mode === "final" ? { dir: join(batchDir(ctx, id), "out"), skip: BOOKKEEPING } : { entries: draftFiles(ctx, id) });

/** What a final batch keeps beside its documents to be resumed after a crash: not part of files.zip. */
const BOOKKEEPING = [MANIFEST_FILE, REPORT_FILE, REPORT_TEXT_FILE];

/**
 * Creates the batch row and starts it: on PostgreSQL as jobs for the workers (drafts and final), else in the background
 * here; the upload is already in the batch's folder. `commitWith` runs in the batch row's own transaction (the
 * Idempotency-Key's answer), so a retry after a crash right after the commit replays the answer instead of a second batch.
 */
export async function startBatch(ctx: BatchContext, actor: Actor, id: string, input: string, mode: BatchMode, commitWith?: (tx: Tx) => Promise<void>): Promise<void> {
  if (ctx.queue) {
    await queueBatch({ ...ctx, queue: ctx.queue }, actor, id, input, mode, commitWith);
    crashPoint("batch-committed");
    return;
  }
  const at = ctx.settings.now().toISOString();
  await writeTransaction(ctx.store.db, ctx.store.dialect, async (tx) => {
    await tx.insertInto("batches").values({ id, unit_id: actor.unitId, created_by: actor.userId, mode, state: "running", records: 0, done: 0, failed: 0, detail: null, created_at: at, updated_at: at }).execute();
    await commitWith?.(tx);
  });
  crashPoint("batch-committed");
  launchBatch(ctx, id, input, () => (mode === "final" ? runFinal(ctx, id, input) : runDrafts(ctx, id, actor, input)));
}

/** Runs a batch's work in the background (a graceful stop waits for it): errors.xlsx and the final counts, or `failed`. */
export function launchBatch(ctx: BatchContext, id: string, input: string, work: () => Promise<Outcome>): void {
  const job = (async () => {
    try {
      const r = await work();
      await writeErrorWorkbook(join(batchDir(ctx, id), "errors.xlsx"), input, r.issues);
      await update(ctx, id, { ...r.counts, state: "done" });
    } catch (err) {
      const errorId = randomUUID();
      ctx.log.error({ err, errorId, batch: id }, "batch failed");
      await update(ctx, id, { state: "failed", detail: JSON.stringify({ errorId }) }).catch(() => undefined);
    }
  })();
  running.add(job);
  void job.finally(() => running.delete(job));
}

export const newBatchFolder = async (ctx: BatchContext): Promise<{ id: string; dir: string }> => {
  const id = randomUUID();
  const dir = batchDir(ctx, id);
  await mkdir(dir, { recursive: true });
  return { id, dir };
};
