// The batch loop: jobs go to the executor with a bounded number in flight; results are committed in input order.
import { rm } from "node:fs/promises";
import { relative } from "node:path";
import { commitTemp, discardTemp, hasErrors, resolveInside, withSource, type Issue, type IssueSource } from "../core/index.js";
import { locateIssues, type CellIndex } from "../ingest/index.js";
import type { BatchReport } from "./batch-types.js";
import { expandRecord } from "./expand.js";
import type { ManifestEntry, ManifestWriter } from "./manifest.js";
import type { Executor } from "./pool.js";
import type { ProgressSink } from "./progress.js";
import type { OutputFormat } from "./render-record.js";
import type { TaskResult } from "./render-task.js";
import type { MergePlan } from "./merge.js";
import { NameRegistry, type Claimant } from "./name-registry.js";
import { jobKey, recordHash, type DoneJob, type ResumeIndex } from "./resume.js";

export interface RunContext {
  outDir: string;
  formats: readonly OutputFormat[];
  now: () => Date;
  strict: boolean;
  dryRun: boolean;
  executor: Executor;
  manifest?: ManifestWriter;
  resume?: ResumeIndex;
  fingerprint: string;
  progress?: ProgressSink;
  documentsLimit: number;
  total?: number;
  /** `--merge`: the written PDFs by group, in input order. */
  merge?: MergePlan;
}

interface Job {
  source: IssueSource & { file: string; record: number };
  data: unknown;
  folder?: string;
  item?: string;
  /** Issues found before rendering (ingest, bundle validation). */
  issues: Issue[];
  /** Spreadsheet records: cells of the fields, to place the render issues at sheet, row and column. */
  cells?: CellIndex;
  /** The last job of its record: the record counts as done for progress once this one is committed. */
  endsRecord: boolean;
}

type Outcome =
  | { type: "none"; endsRecord: boolean }
  | { type: "failure"; source: IssueSource; item?: string; issues: Issue[]; endsRecord: boolean }
  | { type: "rendered"; job: Job; hash: string; result: TaskResult }
  | { type: "resumed"; job: Job; done: DoneJob };

/** Removes the files a task wrote for a document that will not be kept. */
async function discard(result: TaskResult): Promise<void> {
  if (result.ok) await Promise.all(result.files.map((f) => discardTemp(f.tmp)));
}

/**
 * A document's files all take their names, or none stays: when one commit fails (a full disk), the files of the
 * same document already in place are removed, so no DOCX is left without its PDF and nothing unlisted remains.
 */
async function allOrNone(writes: Array<Promise<void>>, paths: string[]): Promise<void> {
  const settled = await Promise.allSettled(writes);
  const failed = settled.find((r) => r.status === "rejected");
  if (!failed) return;
  await Promise.all(settled.map((r, i) => (r.status === "fulfilled" ? rm(paths[i]!, { force: true }) : undefined)));
  throw failed.reason;
}

/** Documents whose files may still be taking their names while the batch renders on. */
const MAX_WRITING = 16;

const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
};

export class BatchRun {
  readonly report: BatchReport = { documents: [], failures: [], notices: [], counts: { files: 0, records: 0, documents: 0, failed: 0, warnings: 0, skipped: 0 } };
  /** Output names already given, so two records can never write one file; namesakes get numbered names (see claim). */
  private readonly names = new NameRegistry();
  private readonly window: Array<Promise<Outcome>> = [];
  private readonly maxInFlight: number;
  private recordsDone = 0;
  /** Warnings on written documents, counted as they pass (report.documents may keep only the first ones). */
  documentWarnings = 0;
  readonly startedAt = Date.now();
  /** A manifest entry was replaced (a changed record re-rendered): the manifest is compacted at the end. */
  superseded = false;
  private readonly writing = new Set<Promise<void>>();
  private manifestChain: Promise<unknown> = Promise.resolve();
  private writeError: { err: unknown } | undefined;

  constructor(private readonly ctx: RunContext) {
    this.maxInFlight = Math.max(2, ctx.executor.inFlight);
  }

  /** One record of a file: a single document, or a bundle's children. */
  async record(source: Job["source"], data: unknown, ingestIssues: Issue[], cells?: CellIndex): Promise<void> {
    this.report.counts.records++;
    if (hasErrors(ingestIssues)) return this.push({ type: "failure", source, issues: ingestIssues, endsRecord: true });
    const expanded = expandRecord(data);
    if (!expanded.ok) return this.push({ type: "failure", source, issues: [...ingestIssues, ...locateIssues(withSource(expanded.issues, source), cells)], endsRecord: true });
    if (!expanded.value) return this.submit({ source, data, issues: ingestIssues, endsRecord: true, cells });
    const shared = [...ingestIssues, ...locateIssues(withSource(expanded.issues, source), cells)];
    const children = expanded.value;
    if (children.length === 0) return this.push({ type: "none", endsRecord: true });
    for (const [i, child] of children.entries()) {
      await this.submit({ source, data: child.data, folder: child.folder, item: child.label, issues: shared, endsRecord: i === children.length - 1, cells });
    }
  }

  /** A whole file that produced no records. */
  fileFailure(file: string, issues: Issue[]): Promise<void> {
    return this.push({ type: "failure", source: { file }, issues, endsRecord: false });
  }

  private async submit(job: Job): Promise<void> {
    const { ctx } = this;
    // Also without writing: two identical records are told apart from namesakes by it.
    const hash = recordHash(ctx.fingerprint, job.data);
    const done = ctx.resume?.take(jobKey(job.source.file, job.source.record, job.item));
    if (done && done.recordHash === hash && ctx.formats.every((f) => done.paths[f])) return this.push({ type: "resumed", job, done });
    if (done) this.superseded = true;
    const result = ctx.executor.run({ data: job.data, now: ctx.now().toISOString(), folder: job.folder });
    return this.enqueue(result.then((r) => ({ type: "rendered", job, hash, result: r })));
  }

  private push(outcome: Outcome): Promise<void> {
    return this.enqueue(Promise.resolve(outcome));
  }

  private async enqueue(outcome: Promise<Outcome>): Promise<void> {
    // Settle rejections later, in order, without an unhandled-rejection warning in between.
    outcome.catch(() => {});
    this.window.push(outcome);
    while (this.window.length >= this.maxInFlight) {
      this.ctx.executor.flush();
      await this.commit(await this.window.shift()!);
    }
  }

  async drain(): Promise<void> {
    this.ctx.executor.flush();
    while (this.window.length) await this.commit(await this.window.shift()!);
    await this.settle(0);
  }

  /** After a failure: waits for the tasks still running and removes the files they wrote, which nothing will commit. */
  async abandon(): Promise<void> {
    this.ctx.executor.flush();
    for (const pending of this.window.splice(0)) {
      const o = await pending.catch(() => undefined);
      if (o?.type === "rendered") await discard(o.result);
    }
    await Promise.allSettled(this.writing);
  }

  private async commit(o: Outcome): Promise<void> {
    if (o.type === "failure") this.report.failures.push({ source: o.source, item: o.item, issues: o.issues });
    else if (o.type === "resumed") this.commitResumed(o.job, o.done);
    else if (o.type === "rendered") await this.commitRendered(o.job, o.hash, o.result);
    const ends = o.type === "failure" || o.type === "none" ? o.endsRecord : o.job.endsRecord;
    if (ends) this.recordsDone++;
    const c = this.report.counts;
    this.ctx.progress?.update({ records: this.recordsDone, total: this.ctx.total, documents: c.documents, failed: this.report.failures.length, startedAt: this.startedAt });
  }

  /** The name the job's files take (its own, or `-2`, `-3`… for a namesake); undefined after reporting a duplicate. */
  private claim(name: string, job: Job, all: Issue[], who: Claimant & { kind: string }, numbered: boolean): string | undefined {
    const got = this.names.claim(name, { ...who, source: job.source }, numbered);
    if (typeof got === "string") return got;
    this.report.failures.push({ source: job.source, item: job.item, issues: [...all, { ...got, source: { ...job.source, kind: who.kind } }] });
    return undefined;
  }

  private addDocument(doc: BatchReport["documents"][number]): void {
    this.report.counts.documents++;
    this.documentWarnings += doc.issues.filter((i) => i.severity === "warning").length;
    if (this.report.documents.length < this.ctx.documentsLimit) this.report.documents.push(doc);
  }

  private commitResumed(job: Job, done: DoneJob): void {
    const paths = this.ctx.formats.map((f) => done.paths[f]!);
    // Kept files keep their names (numbered ones included): input order gives every run the same numbers.
    const who = { hash: done.recordHash, sameDocument: done.sameDocument, id: done.id, kind: done.kind };
    if (!this.claim(paths[0]!.replace(/\.[a-z]+$/, ""), job, job.issues, who, false)) return;
    this.report.counts.skipped++;
    const outputs = paths.map((p) => shown(resolveInside(this.ctx.outDir, p)));
    if (done.paths.pdf) this.ctx.merge?.add({ file: job.source.file, unit: done.unit }, resolveInside(this.ctx.outDir, done.paths.pdf));
    this.addDocument({ source: job.source, item: job.item, kind: done.kind, version: done.version, profile: done.profile, pages: done.pages, outputs, issues: job.issues, resumed: true });
  }

  private async commitRendered(job: Job, hash: string, result: TaskResult): Promise<void> {
    const { ctx } = this;
    // A bundle's child has paths of its own: only the bundle's row is known for it.
    const cells = job.cells && (job.folder === undefined ? job.cells : { rows: { "": job.cells.rows[""]! }, headers: {} });
    const all = [...job.issues, ...locateIssues(withSource(result.issues, job.source), cells)];
    // --strict: a warning anywhere (ingest included) blocks the record like an error.
    if (!result.ok || (ctx.strict && all.length > 0)) {
      await discard(result);
      return void this.report.failures.push({ source: job.source, item: job.item, issues: all });
    }
    const wanted = job.folder ? `${job.folder}/${result.fileStem}` : result.fileStem;
    const name = this.claim(wanted, job, all, { hash, sameDocument: result.sameDocument, id: result.id, kind: result.kind }, true);
    if (name === undefined) return discard(result);
    const outputs: string[] = [];
    const entries: ManifestEntry[] = [];
    const writes: Array<Promise<void>> = [];
    for (const file of result.files) {
      const rel = `${name}.${file.format}`;
      const path = resolveInside(ctx.outDir, rel);
      // The task wrote the file under a temporary name next to `path`: taking the name is the commit.
      writes.push(commitTemp(file.tmp, path));
      outputs.push(shown(path));
      if (file.format === "pdf") ctx.merge?.add({ file: job.source.file, unit: result.unit }, path);
      const { kind, version, profile, pages } = result;
      const same = {
        ...(result.sameDocument !== undefined ? { sameDocument: result.sameDocument } : {}),
        ...(result.id !== undefined ? { id: result.id } : {}),
        ...(result.unit !== undefined ? { unit: result.unit } : {}),
      };
      entries.push({ input: job.source.file, record: job.source.record, item: job.item, kind, version, profile, pages, format: file.format, path: rel, sha256: file.sha256, bytes: file.size, recordHash: hash, ...same });
    }
    this.addDocument({ source: job.source, item: job.item, kind: result.kind, version: result.version, profile: result.profile, pages: result.pages, outputs, issues: all });
    if (!writes.length) return;
    // Lines go in commit order, each only once its document's files are in place: a line always names a complete file.
    const written = allOrNone(writes, entries.map((e) => resolveInside(ctx.outDir, e.path)));
    this.manifestChain = Promise.all([this.manifestChain, written]).then(() => ctx.manifest?.append(entries));
    this.track(this.manifestChain);
    await this.settle(MAX_WRITING);
  }

  /** Rendering goes on while files land; a failed write fails the batch at the next settle. */
  private track(p: Promise<unknown>): void {
    const t: Promise<void> = p.then(
      () => void this.writing.delete(t),
      (err: unknown) => {
        this.writing.delete(t);
        this.writeError ??= { err };
      },
    );
    this.writing.add(t);
  }

  private async settle(limit: number): Promise<void> {
    while (this.writing.size > limit) await Promise.race(this.writing);
    if (this.writeError) throw this.writeError.err;
  }
}
