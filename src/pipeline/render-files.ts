// A batch: input files (paths or globs) → documents written atomically into the output folder, on all cores.
// A bundle record (one input, many documents) expands into child records rendered into a sub-folder.
import { mkdir } from "node:fs/promises";
import { hasErrors, type Io } from "../core/index.js";
import { summarize, writeReports } from "./batch-report.js";
import { BatchRun } from "./batch-run.js";
import type { BatchReport } from "./batch-types.js";
import { compactManifest, ManifestWriter } from "./manifest.js";
import { createExecutor, DEFAULT_BUDGET, defaultWorkers, type RecordBudget } from "./pool.js";
import type { ProgressSink } from "./progress.js";
import type { RenderOptions } from "./render-record.js";
import type { TaskOptions } from "./render-task.js";
import { loadResume, renderFingerprint } from "./resume.js";
import { countRecords, expandInputs, openSource } from "./sources.js";

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
  /** Render worker threads (every record renders in one, under its budget). Default: one per core, or 1 for a handful of records. */
  workers?: number;
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
}

/** Below this many records a pool costs more to start than it saves. */
const SMALL_BATCH = 8;
/** From this many records a batch is worth resuming, so it keeps a manifest and reports by default. */
export const MANIFEST_MIN_RECORDS = 100;

function taskOptions(opts: BatchOptions): TaskOptions {
  const t: TaskOptions = { formats: opts.dryRun ? [] : [...opts.formats], outDir: opts.outDir };
  if (opts.fonts) t.fonts = opts.fonts;
  if (opts.overrides) t.overrides = opts.overrides;
  if (opts.templatesDir) t.templatesDir = opts.templatesDir;
  if (opts.strict) t.strict = true;
  if (opts.pdfa) t.pdfa = true;
  return t;
}

async function readInputs(run: BatchRun, files: string[], opts: BatchOptions): Promise<void> {
  const report = run.report;
  for (const file of files) {
    report.counts.files++;
    const source = await openSource(file, opts.io, opts.maxBytes);
    if (hasErrors(source.fileIssues)) await run.fileFailure(file, source.fileIssues);
    for await (const rec of source.records) await run.record({ file, record: rec.index }, rec.data, rec.issues, rec.cells);
    // Read after the records: a streamed file knows it was empty only at its end.
    if (!hasErrors(source.fileIssues)) report.notices.push(...source.fileIssues);
  }
}

/** What the batch keeps besides the documents, and how it runs, decided before the first record. */
async function prepare(opts: BatchOptions, files: string[]) {
  const writing = !opts.dryRun;
  const total = opts.progress || opts.workers === undefined || opts.manifest === undefined ? await countRecords(files, opts.io, opts.maxBytes) : undefined;
  const workers = opts.workers ?? (total !== undefined && total <= SMALL_BATCH ? 1 : defaultWorkers());
  const bookkeeping = writing && (opts.manifest ?? (!!opts.resume || (total ?? 0) >= MANIFEST_MIN_RECORDS));
  if (bookkeeping) await mkdir(opts.outDir, { recursive: true });
  const resume = bookkeeping && opts.resume ? (await loadResume(opts.outDir)).index : undefined;
  const manifest = bookkeeping ? await ManifestWriter.open(opts.outDir, !opts.resume) : undefined;
  return { writing, total, workers, bookkeeping, resume, manifest };
}

export async function renderFiles(patterns: readonly string[], opts: BatchOptions): Promise<BatchReport> {
  const startedAt = new Date();
  const { files, issues } = await expandInputs(patterns);
  const { writing, total, workers, bookkeeping, resume, manifest } = await prepare(opts, files);
  const task = taskOptions(opts);
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
  });
  const report = run.report;
  try {
    for (const i of issues) await run.fileFailure(i.source?.file ?? "", [i]);
    await readInputs(run, files, opts);
    await run.drain();
  } catch (err) {
    await run.abandon();
    throw err;
  } finally {
    await executor.close();
    await manifest?.close();
  }
  // A changed record was rendered again after its old entry: keep one line per output.
  if (manifest && run.superseded) await compactManifest(opts.outDir);
  report.counts.failed = report.failures.length;
  report.counts.warnings =
    report.notices.length + run.documentWarnings + report.failures.reduce((s, d) => s + d.issues.filter((i) => i.severity === "warning").length, 0);
  opts.progress?.finish();
  const seconds = (Date.now() - run.startedAt) / 1000;
  report.summary = summarize(report, { startedAt, seconds, workers: executor.workers, resumed: !!resume });
  if (bookkeeping) await writeReports(opts.outDir, opts.io, report, report.summary);
  return report;
}
