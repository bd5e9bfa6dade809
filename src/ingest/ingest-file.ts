// Reads one input file into records: format by extension, size and encoding checks, safe copies.
import { extname } from "node:path";
import { hasErrors, issue, readFailure, withSource, type Io, type Issue } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import { decodeUtf8 } from "./decode.js";
import { ingestSheets, SHEET_EXTENSIONS } from "./ingest-sheets.js";
import { ingestJsonl } from "./jsonl.js";
import { parseJson } from "./parse-json.js";
import { BROKEN, parseYaml } from "./parse-yaml.js";
import { splitRecords } from "./records.js";
import { isObjectLike, sanitize } from "./sanitize.js";
import type { IngestedFile, IngestedRecord, IngestOptions, Parsed } from "./types.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_RECORDS = 10_000;

const PARSERS: Record<string, (text: string) => Parsed> = {
  ".json": parseJson,
  ".yaml": parseYaml,
  ".yml": parseYaml,
};
const SUPPORTED = [...Object.keys(PARSERS), ...SHEET_EXTENSIONS].join(", ");

/** Reads the file within the size limit, or says why it cannot be used at all. */
async function readBytes(path: string, io: Io, maxBytes: number): Promise<Uint8Array | Issue> {
  let bytes: Uint8Array;
  try {
    const size = await io.fileSize(path);
    if (size > maxBytes) return issue("file_too_large", [], { size, max: maxBytes });
    bytes = await io.readFile(path, maxBytes);
  } catch (err) {
    const reason = readFailure(err);
    if (reason === "too_large") return issue("file_too_large", [], { size: (err as { size?: number }).size, max: maxBytes });
    return issue("file_unreadable", [], { reason });
  }
  // The file may have grown between the two calls (an Io without the limit).
  if (bytes.length > maxBytes) return issue("file_too_large", [], { size: bytes.length, max: maxBytes });
  return bytes;
}

/** Reads and decodes the file, or says why it cannot be used at all. */
async function readText(path: string, io: Io, maxBytes: number): Promise<string | Issue> {
  const bytes = await readBytes(path, io, maxBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return decodeUtf8(bytes) ?? issue("file_unreadable", [], { reason: "encoding" });
}

/** The kind id a record names, if it is a known one: messages then use that kind's field labels. */
function kindOf(data: unknown): string | undefined {
  const id = isObjectLike(data) ? (data as { kind?: unknown }).kind : undefined;
  return typeof id === "string" ? findKind(id)?.meta.id : undefined;
}

function toRecords(parsed: Parsed & { ok: true }, maxRecords: number): { records: IngestedRecord[]; issues: Issue[] } {
  const split = splitRecords(parsed.documents);
  const issues = [...parsed.issues, ...split.issues];
  if (split.records.length === 0 && !hasErrors(issues)) return { records: [], issues: [...issues, issue("file_empty", [], {}, "warning")] };
  if (split.records.length > maxRecords) {
    return { records: [], issues: [...issues, issue("file_too_large", [], { records: split.records.length, maxRecords })] };
  }
  const records: IngestedRecord[] = [];
  // Every record is listed, bad ones too, so that each record's issues reach the report.
  for (const { index, raw } of split.records) {
    if (raw === BROKEN) {
      records.push({ index, data: null });
      continue;
    }
    if (!isObjectLike(raw)) {
      const type = raw === null ? "null" : Array.isArray(raw) ? "array" : typeof raw;
      issues.push({ ...issue("record_not_object", [], { type }), source: { record: index } });
    }
    const clean = sanitize(raw);
    const kind = kindOf(clean.value);
    issues.push(...withSource(clean.issues, kind ? { record: index, kind } : { record: index }));
    records.push({ index, data: clean.value });
  }
  return { records, issues };
}

/** Every record of a `.json`, `.yaml`, `.yml`, `.xlsx` or `.csv` file with all issues found; never throws for bad input. */
export async function ingestFile(path: string, io: Io, opts: IngestOptions = {}): Promise<IngestedFile> {
  const done = (records: IngestedRecord[], issues: Issue[]): IngestedFile => ({
    file: path,
    records,
    issues: withSource(issues, { file: path }),
  });
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl") return ingestJsonl(path, io, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, maxRecords: opts.maxRecords ?? DEFAULT_MAX_RECORDS });
  if (SHEET_EXTENSIONS.includes(ext)) {
    const limits = { ...opts, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, maxRecords: opts.maxRecords ?? DEFAULT_MAX_RECORDS };
    const bytes = await readBytes(path, io, limits.maxBytes);
    if (!(bytes instanceof Uint8Array)) return done([], [bytes]);
    const sheets = await ingestSheets(bytes, ext, limits);
    return done(sheets.records, sheets.issues);
  }
  const parse = PARSERS[ext];
  if (!parse) return done([], [issue("file_unsupported", [], { ext, allowed: SUPPORTED })]);
  const text = await readText(path, io, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (typeof text !== "string") return done([], [text]);
  const parsed = parse(text);
  if (!parsed.ok) return done([], parsed.issues);
  const { records, issues } = toRecords(parsed, opts.maxRecords ?? DEFAULT_MAX_RECORDS);
  return done(records, issues);
}
