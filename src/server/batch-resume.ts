// Batches a stopped `serve` left `running` on SQLite: resumed at start (drafts skip the records already made, final
// documents keep what the manifest proves written), or marked failed with what was done and why, in Vietnamese.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Issue } from "../index.js";
import type { BatchTable, Store } from "../store/index.js";
import { actorForCreator, type Actor } from "../workflow/index.js";
import { batchDir, launchBatch, runDrafts, runFinal, type BatchContext } from "./batches.js";
import { renderRevision } from "./doc-files.js";
import { problemBody, requestIssue } from "./problem.js";

export interface Resumed {
  resumed: string[];
  failed: string[];
}

/** The upload in the batch's folder (the one file beside `out/` and, once written, errors.xlsx). */
async function uploadOf(ctx: BatchContext, id: string): Promise<string | undefined> {
  const entries = await readdir(batchDir(ctx, id), { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  const name = files.find((f) => f !== "errors.xlsx") ?? files[0];
  return name === undefined ? undefined : join(batchDir(ctx, id), name);
}

/** Who uploaded a drafts batch, as they are now: a disabled user, a revoked token or a lost role does not resume it. */
const uploader = (store: Store, b: BatchTable): Promise<Actor | undefined> => actorForCreator(store, b.created_by, b.unit_id);

/** The records a drafts batch already made (their item committed with the draft), with their issues. */
async function made(store: Store, id: string): Promise<Map<number, Issue[]>> {
  const rows = await store.db.selectFrom("batch_items").select(["seq", "issues"]).where("batch_id", "=", id).where("document_id", "is not", null).execute();
  return new Map(rows.map((r) => [Number(r.seq), r.issues ? (JSON.parse(r.issues) as Issue[]) : []]));
}

/** Drafts whose files the crash kept from being stored (the item commits with the draft, the files just after): rendered now. */
async function renderOwedFiles(ctx: BatchContext, id: string, actor: Actor): Promise<void> {
  const rows = await ctx.store.db.selectFrom("batch_items as i").innerJoin("documents as d", "d.id", "i.document_id")
    .leftJoin("document_files as f", "f.document_id", "d.id")
    .select(["d.id", "d.record", "d.revision", "d.updated_at", "d.state"])
    .where("i.batch_id", "=", id).where("f.document_id", "is", null).execute();
  for (const d of rows) {
    const ref = { id: d.id, record: JSON.parse(d.record) as Record<string, unknown>, revision: Number(d.revision), updatedAt: d.updated_at, state: d.state };
    await renderRevision(ctx.store, actor, ref, ctx.settings);
  }
}

async function markInterrupted(ctx: BatchContext, b: BatchTable, reason: string): Promise<void> {
  const done = b.mode === "drafts" ? (await made(ctx.store, b.id)).size : Number(b.done);
  const issue = requestIssue("batch_interrupted", { reason, done, records: Number(b.records) });
  const detail = JSON.stringify({ reason: "interrupted", ...problemBody([issue]) });
  await ctx.store.db.updateTable("batches").set({ state: "failed", done, detail, updated_at: ctx.settings.now().toISOString() }).where("id", "=", b.id).execute();
}

/**
 * On SQLite one `serve` process owns the database, so a batch still `running` when it starts was left by a process that
 * died. PostgreSQL is shared by several processes: a running batch may be another's, so nothing is touched there.
 */
export async function resumeBatches(ctx: BatchContext): Promise<Resumed> {
  const out: Resumed = { resumed: [], failed: [] };
  if (ctx.store.dialect !== "sqlite") return out;
  const rows = await ctx.store.db.selectFrom("batches").selectAll().where("state", "=", "running").orderBy("created_at").execute();
  for (const b of rows) {
    const input = await uploadOf(ctx, b.id);
    const actor = b.mode === "drafts" ? await uploader(ctx.store, b) : undefined;
    const problem = !input ? "không còn tệp tải lên của lô trong thư mục dữ liệu" : b.mode === "drafts" && !actor ? "người tải lên không còn quyền tạo dự thảo của đơn vị" : undefined;
    if (problem || !input) {
      await markInterrupted(ctx, b, problem ?? "");
      out.failed.push(b.id);
      continue;
    }
    if (b.mode === "final") launchBatch(ctx, b.id, input, () => runFinal(ctx, b.id, input, true));
    else {
      const done = await made(ctx.store, b.id);
      launchBatch(ctx, b.id, input, async () => {
        await renderOwedFiles(ctx, b.id, actor!);
        return runDrafts(ctx, b.id, actor!, input, done);
      });
    }
    out.resumed.push(b.id);
  }
  if (rows.length) ctx.log.info(out, "batches left running by a stopped process");
  return out;
}
