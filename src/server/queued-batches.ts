// Batches on PostgreSQL (drafts and final): queued for `cadre-docs worker` processes (any machine) in the batch row's transaction; files and errors read from the database.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Issue } from "../index.js";
import type { Queue, QueueSettings, Store, Tx } from "../store/index.js";
import type { Actor } from "../workflow/index.js";
import { batchOutputs, submitFile } from "../worker/index.js";
import { writeErrorWorkbook } from "./batch-output.js";
import { FORMATS, type RenderSettings } from "./doc-files.js";

export interface QueuedContext {
  store: Store;
  settings: RenderSettings;
  queue: Queue;
  queueSettings?: Partial<QueueSettings>;
}

/**
 * The batch row, its pending records and its jobs, in one transaction with `commitWith`; the workers do the rest: final
 * files, or drafts of the uploader's unit made in the uploader's name (both formats, rendered at the batch's clock).
 */
export async function queueBatch(ctx: QueuedContext, actor: Actor, id: string, input: string, mode: "drafts" | "final", commitWith?: (tx: Tx) => Promise<void>): Promise<void> {
  await submitFile(ctx.store, ctx.queue, { id, path: input, unitId: actor.unitId, createdBy: actor.userId, mode, formats: [...FORMATS], now: ctx.settings.now(), queue: ctx.queueSettings, commitWith });
}

/** A batch the workers render (it has render settings), as opposed to one run by a serve process. */
export const isQueued = (row: { settings: string | null }): boolean => row.settings !== null;

/** The files of a queued final batch for files.zip, named as the CLI names them (a drafts batch's are its documents'). */
export async function* queuedFiles(store: Store, id: string): AsyncGenerator<{ name: string; data: Uint8Array }> {
  for (const o of await batchOutputs(store, id)) {
    const data = await store.files.get(o.sha256);
    if (data) yield { name: o.path, data };
  }
}

/** errors.xlsx of a finished queued batch, made once from its records' issues (the upload is in the batch folder). */
export async function queuedErrors(store: Store, id: string, dir: string, input: string): Promise<string> {
  const path = join(dir, "errors.xlsx");
  if (await stat(path).then(() => true, () => false)) return path;
  const rows = await store.db.selectFrom("batch_items").select("issues").where("batch_id", "=", id).where("issues", "is not", null).orderBy("seq").execute();
  const issues = rows.flatMap((r) => JSON.parse(r.issues!) as Issue[]);
  await writeErrorWorkbook(path, input, issues);
  return path;
}
