// Batch inputs: globs to files, and each file to a stream of records (JSON Lines streamed, others read whole).
import fg from "fast-glob";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { issue, readFailure, withSource, type Io, type Issue } from "../core/index.js";
import { countJsonLines, ingestFile, streamJsonlFile, type CellIndex, type IngestedFile } from "../ingest/index.js";

export const INPUT_EXTENSIONS = ["json", "yaml", "yml", "jsonl", "xlsx", "csv"];

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

export interface SourceRecord {
  index: number;
  data: unknown;
  /** This record's ingest issues, tagged with file, record and (when declared) kind. */
  issues: Issue[];
  /** Spreadsheets: where the record's fields sit, so later issues can name sheet, row and column. */
  cells?: CellIndex;
}

export interface OpenedSource {
  /** Issues about the whole file (unreadable, too large, empty); errors mean no records. */
  fileIssues: Issue[];
  records: AsyncIterable<SourceRecord>;
}

const isJsonl = (file: string): boolean => extname(file).toLowerCase() === ".jsonl";

/** Ingest runs before the kind is known; tag issues with the declared kind so messages can use its labels. */
function kindOf(data: unknown): { kind: string } | Record<string, never> {
  const declared = (data as { kind?: unknown } | null)?.kind;
  return typeof declared === "string" ? { kind: declared } : {};
}

async function* jsonlRecords(file: string, empty: () => void): AsyncGenerator<SourceRecord> {
  let n = 0;
  for await (const line of streamJsonlFile(file)) {
    n++;
    yield { index: line.index, data: line.data, issues: withSource(line.issues, { file, ...kindOf(line.data) }) };
  }
  if (n === 0) empty();
}

async function openJsonl(file: string): Promise<OpenedSource> {
  try {
    // A FIFO or a device would block or never end: only regular files are streamed.
    const s = await stat(file);
    if (!s.isFile()) return { fileIssues: [{ ...issue("file_unreadable", [], { reason: s.isDirectory() ? "directory" : "not_regular" }), source: { file } }], records: listed([]) };
  } catch (err) {
    return { fileIssues: [{ ...issue("file_unreadable", [], { reason: readFailure(err) }), source: { file } }], records: listed([]) };
  }
  const opened: OpenedSource = { fileIssues: [], records: listed([]) };
  // The empty-file warning is only known once the stream ends; the caller reads fileIssues after the records.
  opened.records = jsonlRecords(file, () => opened.fileIssues.push({ ...issue("file_empty", [], {}, "warning"), source: { file } }));
  return opened;
}

async function* listed(records: SourceRecord[]): AsyncGenerator<SourceRecord> {
  yield* records;
}

/** Input files read while counting, kept for the batch so that each file is parsed once. */
export class IngestCache {
  private readonly files = new Map<string, IngestedFile>();
  private bytes = 0;
  /** Input bytes kept at most; past it a file is read again when the batch reaches it. */
  constructor(private readonly budget = 64 * 1024 * 1024) {}

  keep(file: string, ingested: IngestedFile, size: number): void {
    // A refused file (no records) costs nothing to keep; reading it again may be what hurts.
    const cost = ingested.records.length === 0 ? 0 : size;
    if (this.bytes + cost > this.budget) return;
    this.bytes += cost;
    this.files.set(file, ingested);
  }

  take(file: string): IngestedFile | undefined {
    const got = this.files.get(file);
    this.files.delete(file);
    return got;
  }
}

async function sizeOf(file: string, io: Io): Promise<number> {
  try {
    return await io.fileSize(file);
  } catch {
    return 0;
  }
}

/** Opens one input file. JSON Lines are streamed; JSON and YAML files are bounded by the ingest limits. */
export async function openSource(file: string, io: Io, maxBytes?: number, cache?: IngestCache): Promise<OpenedSource> {
  if (isJsonl(file)) return openJsonl(file);
  const ingested = cache?.take(file) ?? (await ingestFile(file, io, { maxBytes }));
  const byRecord = new Map<number, Issue[]>();
  const fileIssues: Issue[] = [];
  for (const i of ingested.issues) {
    const at = i.source?.record;
    if (at === undefined) fileIssues.push(i);
    else byRecord.set(at, [...(byRecord.get(at) ?? []), i]);
  }
  const records = ingested.records.map((r) => ({ index: r.index, data: r.data, issues: withSource(byRecord.get(r.index) ?? [], kindOf(r.data)), cells: r.cells }));
  return { fileIssues, records: listed(records) };
}

/** Records in the files, for a progress total: lines counted in JSON Lines, other files ingested (kept in `cache`). */
export async function countRecords(files: readonly string[], io: Io, maxBytes?: number, cache?: IngestCache): Promise<number> {
  let total = 0;
  for (const file of files) {
    try {
      if (isJsonl(file)) {
        total += await countJsonLines(file);
        continue;
      }
      const ingested = await ingestFile(file, io, { maxBytes });
      total += ingested.records.length;
      cache?.keep(file, ingested, await sizeOf(file, io));
    } catch {
      // An unreadable file is reported when the batch reaches it.
    }
  }
  return total;
}
