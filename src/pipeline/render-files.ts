// A batch: input files (paths or globs) → documents written atomically into the output folder, on all cores.
// A bundle record (one input, many documents) expands into child records rendered into a sub-folder.
import { mkdir } from "node:fs/promises";
import { hasErrors, type Io, type Issue } from "../core/index.js";
import { summarize, writeReports } from "./batch-report.js";
import { BatchRun } from "./batch-run.js";
import type { BatchReport } from "./batch-types.js";
import { compactManifest, ManifestWriter } from "./manifest.js";
import { lockOutput, outputProblem } from "./output-folder.js";
import { chooseWorkers, machineFacts } from "./auto-workers.js";
import { createExecutor, DEFAULT_BUDGET, type RecordBudget } from "./pool.js";
import type { ProgressSink } from "./progress.js";
import type { RenderOptions } from "./render-record.js";
import type { TaskOptions } from "./render-task.js";
import { MergePlan, writeMerged, type MergeBy } from "./merge.js";
import { checkNamePattern } from "./naming.js";
import { loadResume, renderFingerprint } from "./resume.js";
import { countRecords, expandInputs, IngestCache, openSource } from "./sources.js";

export { expandInputs };

export interface BatchOptions extends RenderOptions {
  outDir: string;
  /**
   * Reads the inputs and writes the reports. The documents themselves are written to disk by the render
   * tasks (in worker threads, which cannot share this object), under temporary names renamed in input order.
   */
  io: Io;
  maxBytes?: number;
  /** Validate and lay out only: nothing is written (the `validate` command). */
  dryRun?: boolean;
  /**
   * Render worker threads (every record renders in one, under its budget). Default `"auto"`: the count predicted
   * fastest for the batch's size from the cores, the free memory and the load (auto-workers.ts, docs/benchmarks.md).
   */
  workers?: number | "auto";
  /** Time and memory each record may take; past either the record fails with `render_budget_exceeded`. */
  budget?: Partial<RecordBudget>;
  /** Keep what manifest.jsonl proves written (file present, same SHA-256, same record); redo the rest. */
  resume?: boolean;
  progress?: ProgressSink;
  /** Most entries kept in report.documents (all are counted, and listed in the manifest). Default: all. */
  documentsLimit?: number;
  /**
   * Keep manifest.jsonl, report.json and bao-cao.txt in the output folder. Default: for batches of
   * MANIFEST_MIN_RECORDS records or more and with `resume`; a handful of records leaves only the documents.
   */
  manifest?: boolean;
  /** Output name pattern, e.g. `{unit}/{id}-{name}` (placeholders: NAME_PLACEHOLDERS); default: the kind's name. */
  name?: string;
  /** One merged PDF per unit or per input file, in `ban-in-gop/` beside the single files (needs the pdf format). */
  merge?: MergeBy;
  /**
   * Aborted (Ctrl-C, SIGTERM): no further record is taken; the ones in flight are finished and committed,
   * the reports are written, and the report says `interrupted`. `--resume` then does the rest.
   */
  signal?: AbortSignal;
}

/** From this many records a batch is worth resuming, so it keeps a manifest and reports by default. */
export const MANIFEST_MIN_RECORDS = 100;

function taskOptions(opts: BatchOptions): TaskOptions {
  const t: TaskOptions = { formats: opts.dryRun ? [] : [...opts.formats], outDir: opts.outDir };
  if (opts.fonts) t.fonts = opts.fonts;
  if (opts.overrides) t.overrides = opts.overrides;
  if (opts.templatesDir) t.templatesDir = opts.templatesDir;
  if (opts.strict) t.strict = true;
  if (opts.name) t.name = opts.name;
  if (opts.pdfa) t.pdfa = true;
  return t;
}

async function readInputs(run: BatchRun, files: string[], opts: BatchOptions, cache: IngestCache): Promise<void> {
  const report = run.report;
  for (const file of files) {
    if (opts.signal?.aborted) return;
    report.counts.files++;
    const source = await openSource(file, opts.io, opts.maxBytes, cache);
    if (hasErrors(source.fileIssues)) await run.fileFailure(file, source.fileIssues);
    for await (const rec of source.records) {
      if (opts.signal?.aborted) return;
      await run.record({ file, record: rec.index }, rec.data, rec.issues, rec.cells);
    }
    // Read after the records: a streamed file knows it was empty only at its end.
    if (!hasErrors(source.fileIssues)) report.notices.push(...source.fileIssues);
  }
}

/** What the batch keeps besides the documents, and how it runs, decided before the first record. */
async function prepare(opts: BatchOptions, files: string[]) {
  const writing = !opts.dryRun;
  const cache = new IngestCache();
  const auto = typeof opts.workers !== "number";
  const total = opts.progress || auto || opts.manifest === undefined ? await countRecords(files, opts.io, opts.maxBytes, cache) : undefined;
  const workers = typeof opts.workers === "number" ? opts.workers : chooseWorkers(total ?? 1, machineFacts());
  const bookkeeping = writing && (opts.manifest ?? (!!opts.resume || (total ?? 0) >= MANIFEST_MIN_RECORDS));
  if (bookkeeping) await mkdir(opts.outDir, { recursive: true });
  const resume = bookkeeping && opts.resume ? (await loadResume(opts.outDir)).index : undefined;
  const manifest = bookkeeping ? await ManifestWriter.open(opts.outDir, !opts.resume) : undefined;
  return { writing, total, workers, bookkeeping, resume, manifest, cache };
}

/** A batch refused before it started (the output folder cannot be written, or another batch holds it). */
function refused(problem: Issue, startedAt: Date): BatchReport {
  const report: BatchReport = { documents: [], failures: [{ source: {}, issues: [problem] }], notices: [], counts: { files: 0, records: 0, documents: 0, failed: 1, warnings: 0, skipped: 0 } };
  report.summary = summarize(report, { startedAt, seconds: 0, workers: 0, resumed: false, dryRun: false });
  return report;
}

export async function renderFiles(patterns: readonly string[], opts: BatchOptions): Promise<BatchReport> {
  const startedAt = new Date();
  // A caller's mistake, not the data's: the CLI checks the pattern first and says so in Vietnamese.
  if (opts.name !== undefined && checkNamePattern(opts.name)) throw new Error(`internal: unusable output name pattern ${JSON.stringify(opts.name)}`);
  const { files, issues } = await expandInputs(patterns, opts.outDir);
  // One batch per output folder: two at once would interleave their manifests.
  const lock = opts.dryRun ? undefined : await lockOutput(opts.outDir, startedAt);
  if (lock && "code" in lock) return refused(lock, startedAt);
  try {
    return await runBatch(files, issues, opts, startedAt);
  } catch (err) {
    // The disk or folder refused a write (full, read-only, no permission): the clerk's problem, not a bug.
    const problem = outputProblem(err, opts.outDir);
    if (!problem) throw err;
    return refused(problem, startedAt);
  } finally {
    // A lock that cannot be removed (the disk went read-only) is taken over by the next batch: our pid is gone then.
    await lock?.release().catch(() => {});
  }
}

/** Closes the manifest; a close that fails because the disk is full is already reported by the write before it. */
async function closeQuietly(manifest: ManifestWriter | undefined, fatal: boolean): Promise<void> {
  try {
    await manifest?.close();
  } catch (err) {
    if (!fatal) throw err;
  }
}

async function runBatch(files: string[], issues: Issue[], opts: BatchOptions, startedAt: Date): Promise<BatchReport> {
  const { writing, total, workers, bookkeeping, resume, manifest, cache } = await prepare(opts, files);
  if (opts.merge && !opts.dryRun && !opts.formats.includes("pdf")) throw new Error("internal: --merge needs the pdf format");
  const task = taskOptions(opts);
  const merge = opts.merge && writing ? new MergePlan(opts.merge) : undefined;
  const executor = createExecutor(workers, task, { ...DEFAULT_BUDGET, ...opts.budget });
  const run = new BatchRun({
    outDir: opts.outDir,
    formats: task.formats,
    now: opts.now,
    strict: !!opts.strict,
    dryRun: !writing,
    executor,
    manifest,
    resume,
    fingerprint: renderFingerprint(task),
    progress: opts.progress,
    documentsLimit: opts.documentsLimit ?? Number.POSITIVE_INFINITY,
    total,
    merge,
  });
  const report = run.report;
  let fatal: Issue | undefined;
  try {
    for (const i of issues) await run.fileFailure(i.source?.file ?? "", [i]);
    await readInputs(run, files, opts, cache);
    await run.drain();
  } catch (err) {
    await run.abandon();
    fatal = outputProblem(err, opts.outDir);
    if (!fatal) throw err;
    // What was committed stays, listed in the manifest: --resume after freeing space does the rest.
    report.failures.push({ source: {}, issues: [fatal] });
  } finally {
    await executor.close();
    await closeQuietly(manifest, fatal !== undefined);
  }
  if (merge?.size) report.merged = await writeMerged(opts.outDir, merge, opts.io, opts.now());
  // A changed record was rendered again after its old entry: keep one line per output.
  if (manifest && run.superseded && !fatal) await compactManifest(opts.outDir);
  if (opts.signal?.aborted) report.interrupted = true;
  report.counts.failed = report.failures.length;
  report.counts.warnings =
    report.notices.length + run.documentWarnings + report.failures.reduce((s, d) => s + d.issues.filter((i) => i.severity === "warning").length, 0);
  opts.progress?.finish();
  const seconds = (Date.now() - run.startedAt) / 1000;
  report.summary = summarize(report, { startedAt, seconds, workers: executor.workers, resumed: !!resume, dryRun: !writing });
  if (bookkeeping && !fatal) await writeReports(opts.outDir, opts.io, report, report.summary);
  return report;
}
