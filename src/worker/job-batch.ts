// What every job of a queued batch needs: the batch as the submitter left it, the pool, and the rendered files moved into the file store.
import { rm } from "node:fs/promises";
import type { OutputFormat, RenderTask, TaskOptions, TaskResult } from "../index.js";
import type { QueuedBatchSettings, Queue, Store } from "../store/index.js";
import type { RenderPools } from "./pools.js";

export interface JobContext {
  store: Store;
  queue: Queue;
  /** The render pools by batch setting (formats, name pattern, PDF/A, overrides). */
  pools: RenderPools;
}

export interface JobBatch {
  id: string;
  state: string;
  /** `final` (files of the batch) or `drafts` (documents of the uploader's unit). */
  mode: string;
  unitId: string | null;
  createdBy: string;
  input: string;
  settings: QueuedBatchSettings;
}

export async function batchOf(store: Store, id: string): Promise<JobBatch | undefined> {
  const row = await store.db.selectFrom("batches").select(["state", "mode", "unit_id", "created_by", "input", "settings"]).where("id", "=", id).executeTakeFirst();
  if (!row?.settings) return undefined;
  return { id, state: row.state, mode: row.mode, unitId: row.unit_id, createdBy: row.created_by, input: row.input ?? "", settings: JSON.parse(row.settings) as QueuedBatchSettings };
}

/** The task's files, moved from the worker's temporary folder into the file store (keyed by the SHA-256 the render thread computed). */
export async function adoptFiles(store: Store, r: Extract<TaskResult, { ok: true }>): Promise<Array<{ format: OutputFormat; sha256: string; size: number }>> {
  const files: Array<{ format: OutputFormat; sha256: string; size: number }> = [];
  try {
    for (const f of r.files) {
      const put = await store.files.adopt(f.tmp, { sha256: f.sha256, size: f.size });
      files.push({ format: f.format, sha256: put.sha256, size: put.size });
    }
  } finally {
    await Promise.all(r.files.map((f) => rm(f.tmp, { force: true })));
  }
  return files;
}

/** The tasks rendered on the pool for the batch's settings, each settled (an internal error is a rejection); and the pool's options. */
export async function renderAll(ctx: JobContext, settings: QueuedBatchSettings, tasks: RenderTask[]): Promise<{ options: TaskOptions; settled: Array<PromiseSettledResult<TaskResult>> }> {
  const pool = ctx.pools.acquire(settings);
  try {
    const runs = tasks.map((t) => pool.executor.run(t));
    pool.executor.flush();
    return { options: pool.options, settled: await Promise.allSettled(runs) };
  } finally {
    pool.release();
  }
}

/** Internal errors of a job's records: the job fails (its next try renders only what is still pending). */
export async function failOnErrors(ctx: JobContext, job: { id: string; name: string }, errors: readonly unknown[]): Promise<void> {
  if (!errors.length) return;
  const first = errors[0] instanceof Error ? errors[0].message : String(errors[0]);
  await ctx.queue.boss.fail(job.name, job.id, { message: first, records: errors.length });
}
