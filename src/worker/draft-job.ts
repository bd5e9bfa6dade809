// One job of a queued drafts batch: its pending records rendered on the pool, each made a draft of the uploader's unit with its files, its item and the batch's counts in one transaction.
import { locateIssues, withSource, type CellIndex, type Issue, type TaskResult } from "../index.js";
import { commitRecords, crashPoint, markDraft, type RecordOutcome, type RenderJob } from "../store/index.js";
import { actorForCreator, createDocument, type Actor } from "../workflow/index.js";
import { adoptFiles, failOnErrors, renderAll, type JobBatch, type JobContext } from "./job-batch.js";

type Job = { id: string; name: string; data: RenderJob };
type Rendered = Extract<TaskResult, { ok: true }>;

/** Thrown inside a draft's transaction to roll it back: the record's item is no longer pending (made by an earlier try, or cancelled). */
class NotPending extends Error {}

/** The register gives the number: a number in the upload is dropped before rendering, as the draft keeps none. */
const withoutNumber = (data: unknown): Record<string, unknown> => {
  const { number: _n, ...record } = (data ?? {}) as Record<string, unknown>;
  return record;
};

/**
 * One record's draft: the document (history, audit), its files (already in the file store) and its batch item with the
 * counts, all in one transaction. Answers true when made, false when an earlier try already made it, or the refusal.
 */
async function makeDraft(ctx: JobContext, actor: Actor, batch: JobBatch, seq: number, record: Record<string, unknown>, r: Rendered, issues: Issue[]): Promise<true | false | Issue[]> {
  const files = await adoptFiles(ctx.store, r);
  try {
    const doc = await createDocument(ctx.store, actor, { kind: r.kind, record, version: r.version, profile: r.profile, files }, {
      now: new Date(batch.settings.now),
      commitWith: async (tx, view) => {
        if (!(await markDraft(tx, batch.id, seq, view.id, issues))) throw new NotPending();
      },
    });
    if (!doc.ok) return withSource(doc.issues, { file: batch.input, record: seq });
    crashPoint("batch-draft-committed");
    return true;
  } catch (err) {
    if (err instanceof NotPending) return false;
    throw err;
  }
}

/** The uploader may no longer make drafts of the unit (disabled, token revoked, role or unit changed): each record says so. */
const refused = (batch: JobBatch, seq: number): Issue => ({ code: "forbidden_action", path: [], params: { action: "create", roles: "drafter" }, severity: "error", source: { file: batch.input, record: seq } });

/**
 * Renders the job's pending records (at the batch's clock, as final batches are) and makes each a draft. Records whose data
 * fail are committed as failed items with the job's completion; an internal error fails the job, whose next try makes only
 * the drafts still missing (each item says whether its draft exists).
 */
export async function runDraftJob(ctx: JobContext, job: Job, batch: JobBatch, todo: RenderJob["records"]): Promise<{ done: number; failed: number }> {
  const actor = await actorForCreator(ctx.store, batch.createdBy, batch.unitId);
  if (!actor) return commitRecords(ctx.store, ctx.queue, job, batch.id, todo.map((r) => ({ seq: r.seq, issues: [refused(batch, r.seq)] })));
  const records = todo.map((r) => withoutNumber(r.data));
  const { settled } = await renderAll(ctx, batch.settings, records.map((data) => ({ data, now: batch.settings.now })));
  const failures: RecordOutcome[] = [];
  const errors: unknown[] = [];
  let done = 0;
  for (const [i, s] of settled.entries()) {
    const { seq, cells, issues: read } = todo[i]!;
    if (s.status === "rejected") {
      errors.push(s.reason);
      continue;
    }
    const issues: Issue[] = [...(read ?? []), ...locateIssues(withSource(s.value.issues, { file: batch.input, record: seq }), cells as CellIndex | undefined)];
    if (!s.value.ok) {
      failures.push({ seq, issues });
      continue;
    }
    const made = await makeDraft(ctx, actor, batch, seq, records[i]!, s.value, issues).catch((err: unknown) => (errors.push(err), false as const));
    if (made === true) done++;
    else if (made !== false) failures.push({ seq, issues: [...issues, ...made] });
  }
  const counted = await commitRecords(ctx.store, ctx.queue, job, batch.id, failures, errors.length === 0);
  await failOnErrors(ctx, job, errors);
  return { done: done + counted.done, failed: counted.failed };
}
