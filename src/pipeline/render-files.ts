// A batch: input files (paths or globs) → documents written atomically into the output folder.
import fg from "fast-glob";
import { relative } from "node:path";
import { hasErrors, issue, resolveInside, withSource, type Io, type Issue, type IssueSource } from "../core/index.js";
import { ingestFile } from "../ingest/index.js";
import { renderRecord, type RenderOptions } from "./render-record.js";

export interface DocumentReport {
  source: IssueSource;
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
  failures: Array<{ source: IssueSource; issues: Issue[] }>;
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
    const matches = fg.isDynamicPattern(pattern)
      ? await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: false })
      : await fg(fg.escapePath(pattern), { onlyFiles: true });
    const inputs = matches.filter((m) => !fg.isDynamicPattern(pattern) || INPUT_EXTENSIONS.includes(m.split(".").pop()!.toLowerCase()));
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

export async function renderFiles(patterns: readonly string[], opts: BatchOptions): Promise<BatchReport> {
  const report: BatchReport = { documents: [], failures: [], notices: [], counts: { files: 0, records: 0, documents: 0, failed: 0, warnings: 0 } };
  const { files, issues } = await expandInputs(patterns);
  for (const i of issues) report.failures.push({ source: i.source!, issues: [i] });
  const taken = new Map<string, IssueSource>();
  for (const file of files) {
    report.counts.files++;
    const ingested = await ingestFile(file, opts.io, { maxBytes: opts.maxBytes });
    const fileIssues = ingested.issues.filter((i) => i.source?.record === undefined);
    if (hasErrors(fileIssues)) report.failures.push({ source: { file }, issues: fileIssues });
    else report.notices.push(...fileIssues);
    for (const rec of ingested.records) {
      report.counts.records++;
      const source = { file, record: rec.index };
      // Ingest runs before the kind is known; tag its issues so messages can use the kind's labels.
      const declared = (rec.data as { kind?: unknown } | null)?.kind;
      const ingestIssues = withSource(
        ingested.issues.filter((i) => i.source?.record === rec.index),
        typeof declared === "string" ? { kind: declared } : {},
      );
      if (hasErrors(ingestIssues)) {
        report.failures.push({ source, issues: ingestIssues });
        continue;
      }
      const result = await renderRecord(rec.data, opts);
      const all = withSource([...ingestIssues, ...result.issues], source);
      // --strict: a warning anywhere (ingest included) blocks the record like an error.
      if (!result.ok || (opts.strict && all.length > 0)) {
        report.failures.push({ source, issues: all });
        continue;
      }
      const doc = result.value;
      const clash = taken.get(doc.facts.fileStem);
      if (clash) {
        report.failures.push({ source, issues: [...all, { ...issue("duplicate_output", [], { name: doc.facts.fileStem, file: clash.file, record: clash.record }), source }] });
        continue;
      }
      taken.set(doc.facts.fileStem, source);
      const outputs: string[] = [];
      for (const [format, data] of opts.dryRun ? [] : Object.entries(doc.files)) {
        const path = resolveInside(opts.outDir, `${doc.facts.fileStem}.${format}`);
        await opts.io.writeFileAtomic(path, data);
        const rel = relative(process.cwd(), path);
        outputs.push(rel.startsWith("..") ? path : rel);
      }
      report.documents.push({ source, kind: doc.kind, version: doc.version, profile: doc.profile, pages: doc.pages, outputs, issues: all });
    }
  }
  report.counts.documents = report.documents.length;
  report.counts.failed = report.failures.length;
  report.counts.warnings =
    report.notices.length + [...report.documents, ...report.failures].reduce((s, d) => s + d.issues.filter((i) => i.severity === "warning").length, 0);
  return report;
}
