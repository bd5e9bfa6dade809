// One job of a queued batch: its pending records rendered on the pool, their files put in the file store, marked and counted with the job's completion.
import { rm } from "node:fs/promises";
import { locateIssues, recordHash, renderFingerprint, withSource, type CellIndex, type Issue } from "../index.js";
import { commitRecords, pendingRecords, type RecordOutcome, type RenderJob } from "../store/index.js";
import { runDraftJob } from "./draft-job.js";
import { adoptFiles, batchOf, failOnErrors, renderAll, type JobContext } from "./job-batch.js";

export type { JobContext } from "./job-batch.js";

/**
 * Renders the job's records still pending. Records that rendered (or failed on their data) are committed together with
 * the job's completion; an internal error commits the others and fails the job, so its next try renders only what is left.
 */
export async function runRenderJob(ctx: JobContext, job: { id: string; name: string; data: RenderJob }): Promise<{ done: number; failed: number }> {
  const batch = await batchOf(ctx.store, job.data.batch);
  const todo = batch?.state === "running" ? await pendingRecords(ctx.store, job.data) : [];
  if (!batch || !todo.length) return commitRecords(ctx.store, ctx.queue, job, job.data.batch, []);
  if (batch.mode === "drafts") return runDraftJob(ctx, job, batch, todo);
  const { options, settled } = await renderAll(ctx, batch.settings, todo.map((r) => ({ data: r.data, now: batch.settings.now, ...(r.folder ? { folder: r.folder } : {}) })));
  const fingerprint = renderFingerprint(options);
  const outcomes: RecordOutcome[] = [];
  const errors: unknown[] = [];
  for (const [i, s] of settled.entries()) {
    const { seq, data, folder } = todo[i]!;
    // A bundle's document: its input record and label, on its issues and beside its files.
    const child = todo[i]!.record !== undefined ? { record: todo[i]!.record, ...(todo[i]!.item ? { item: todo[i]!.item } : {}) } : {};
    if (s.status === "rejected") {
      errors.push(s.reason);
      continue;
    }
    const issues: Issue[] = [...(todo[i]!.issues ?? []), ...locateIssues(withSource(s.value.issues, { file: batch.input, record: todo[i]!.record ?? seq }), todo[i]!.cells as CellIndex | undefined)];
    // --strict: a warning (ingest's included) fails the record like an error, and its files are not kept.
    const kept = s.value.ok && !(batch.settings.strict && issues.length);
    if (s.value.ok && !kept) await Promise.all(s.value.files.map((f) => rm(f.tmp, { force: true })));
    if (!kept || !s.value.ok) {
      outcomes.push({ seq, issues, ...child });
      continue;
    }
    const r = s.value;
    const hash = recordHash(fingerprint, data);
    const files = (await adoptFiles(ctx.store, r)).map((f) => ({ ...f, stem: folder ? `${folder}/${r.fileStem}` : r.fileStem, kind: r.kind, version: r.version, profile: r.profile, pages: r.pages, record_hash: hash }));
    outcomes.push({ seq, issues, files, ...child });
  }
  const counted = await commitRecords(ctx.store, ctx.queue, job, job.data.batch, outcomes, errors.length === 0);
  await failOnErrors(ctx, job, errors);
  return counted;
}

/** A job that failed every try: its records still pending are failed with the issue that says so (no further try). */
export async function runDeadJob(ctx: JobContext, job: { id: string; name: string; data: RenderJob }): Promise<{ done: number; failed: number }> {
  const batch = await batchOf(ctx.store, job.data.batch);
  const todo = batch?.state === "running" ? await pendingRecords(ctx.store, job.data) : [];
  const outcomes = todo.map((r): RecordOutcome => ({
    seq: r.seq,
    issues: [{ code: "render_retries_exhausted", path: [], params: { tries: job.data.tries }, severity: "error", source: { file: batch?.input ?? "", record: r.record ?? r.seq } }],
  }));
  return commitRecords(ctx.store, ctx.queue, job, job.data.batch, outcomes);
}
