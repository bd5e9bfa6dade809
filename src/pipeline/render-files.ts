// A batch: input files (paths or globs) → documents written atomically into the output folder.
// A bundle record (one input, many documents) expands into child records rendered into a sub-folder.
import fg from "fast-glob";
import { relative } from "node:path";
import { hasErrors, issue, resolveInside, withSource, type Io, type Issue, type IssueSource } from "../core/index.js";
import { ingestFile } from "../ingest/index.js";
import { expandRecord } from "./expand.js";
import { renderRecord, type RenderOptions } from "./render-record.js";

export interface DocumentReport {
  source: IssueSource;
  /** For a bundle's child: what it is (e.g. `Phiếu đánh giá của …`). */
  item?: string;
  kind: string;
  version: string;
  profile: string;
  pages: number;
  outputs: string[];
  issues: Issue[];
}

export interface BatchReport {
  documents: DocumentReport[];
  /** Records (or whole files) that produced nothing, with why. */
  failures: Array<{ source: IssueSource; item?: string; issues: Issue[] }>;
  /** Warnings about a whole file (e.g. an empty file) that did not stop anything. */
  notices: Issue[];
  counts: { files: number; records: number; documents: number; failed: number; warnings: number };
}

const INPUT_EXTENSIONS = ["json", "yaml", "yml"];

/** Expands globs; a pattern that matches nothing is reported, never silently skipped. */
export async function expandInputs(patterns: readonly string[]): Promise<{ files: string[]; issues: Issue[] }> {
  const files = new Set<string>();
  const issues: Issue[] = [];
  for (const pattern of patterns) {
    const dynamic = fg.isDynamicPattern(pattern);
    const matches = dynamic ? await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: false }) : await fg(fg.escapePath(pattern), { onlyFiles: true });
    const inputs = matches.filter((m) => !dynamic || INPUT_EXTENSIONS.includes(m.split(".").pop()!.toLowerCase()));
    if (inputs.length === 0) issues.push({ ...issue("no_input_files", [], { pattern }), source: { file: pattern } });
    for (const m of inputs.sort()) files.add(m);
  }
  return { files: [...files], issues };
}

export interface BatchOptions extends RenderOptions {
  outDir: string;
  io: Io;
  maxBytes?: number;
  /** Validate and lay out only: nothing is written (the `validate` command). */
  dryRun?: boolean;
}

interface Job {
  source: IssueSource;
  data: unknown;
  folder?: string;
  item?: string;
  /** Issues found before rendering (ingest, bundle validation). */
  issues: Issue[];
}

class Batch {
  readonly report: BatchReport = { documents: [], failures: [], notices: [], counts: { files: 0, records: 0, documents: 0, failed: 0, warnings: 0 } };
  private readonly taken = new Map<string, IssueSource>();
  constructor(private readonly opts: BatchOptions) {}

  async run(job: Job): Promise<void> {
    const { source, opts } = { source: job.source, opts: this.opts };
    const result = await renderRecord(job.data, opts);
    const all = [...job.issues, ...withSource(result.issues, source)];
    // --strict: a warning anywhere (ingest included) blocks the record like an error.
    if (!result.ok || (opts.strict && all.length > 0)) return void this.report.failures.push({ source, item: job.item, issues: all });
    const doc = result.value;
    const name = job.folder ? `${job.folder}/${doc.facts.fileStem}` : doc.facts.fileStem;
    const clash = this.taken.get(name);
    if (clash) {
      const dup = { ...issue("duplicate_output", [], { name, file: clash.file, record: clash.record }), source };
      return void this.report.failures.push({ source, item: job.item, issues: [...all, dup] });
    }
    this.taken.set(name, source);
    const outputs: string[] = [];
    for (const [format, data] of opts.dryRun ? [] : Object.entries(doc.files)) {
      const path = resolveInside(opts.outDir, `${name}.${format}`);
      await opts.io.writeFileAtomic(path, data);
      const rel = relative(process.cwd(), path);
      outputs.push(rel.startsWith("..") ? path : rel);
    }
    this.report.documents.push({ source, item: job.item, kind: doc.kind, version: doc.version, profile: doc.profile, pages: doc.pages, outputs, issues: all });
  }

  /** One record of a file: a single document, or a bundle's children. */
  async record(source: IssueSource, data: unknown, ingestIssues: Issue[]): Promise<void> {
    this.report.counts.records++;
    if (hasErrors(ingestIssues)) return void this.report.failures.push({ source, issues: ingestIssues });
    const expanded = expandRecord(data);
    if (!expanded.ok) return void this.report.failures.push({ source, issues: [...ingestIssues, ...withSource(expanded.issues, source)] });
    if (!expanded.value) return this.run({ source, data, issues: ingestIssues });
    const shared = [...ingestIssues, ...withSource(expanded.issues, source)];
    for (const child of expanded.value) await this.run({ source, data: child.data, folder: child.folder, item: child.label, issues: shared });
  }
}

export async function renderFiles(patterns: readonly string[], opts: BatchOptions): Promise<BatchReport> {
  const batch = new Batch(opts);
  const report = batch.report;
  const { files, issues } = await expandInputs(patterns);
  for (const i of issues) report.failures.push({ source: i.source!, issues: [i] });
  for (const file of files) {
    report.counts.files++;
    const ingested = await ingestFile(file, opts.io, { maxBytes: opts.maxBytes });
    const fileIssues = ingested.issues.filter((i) => i.source?.record === undefined);
    if (hasErrors(fileIssues)) report.failures.push({ source: { file }, issues: fileIssues });
    else report.notices.push(...fileIssues);
    for (const rec of ingested.records) {
      // Ingest runs before the kind is known; tag its issues so messages can use the kind's labels.
      const declared = (rec.data as { kind?: unknown } | null)?.kind;
      const own = ingested.issues.filter((i) => i.source?.record === rec.index);
      await batch.record({ file, record: rec.index }, rec.data, withSource(own, typeof declared === "string" ? { kind: declared } : {}));
    }
  }
  report.counts.documents = report.documents.length;
  report.counts.failed = report.failures.length;
  report.counts.warnings =
    report.notices.length + [...report.documents, ...report.failures].reduce((s, d) => s + d.issues.filter((i) => i.severity === "warning").length, 0);
  return report;
}
