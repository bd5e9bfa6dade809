// JSON Lines input: one record per line, read chunk by chunk so a 100 000-line file is never held whole.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { hasErrors, issue, readFailure, withSource, type Io, type Issue } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import { jsonErrorOffset } from "./json-error.js";
import { isObjectLike, sanitize } from "./sanitize.js";
import type { IngestedFile, IngestOptions } from "./types.js";

/** Longest accepted line: a record is a few kilobytes; a longer line is skipped without being buffered. */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

export interface JsonLine {
  /** 1-based line number, which is also the record number shown to a clerk. */
  index: number;
  /** Plain sanitized data, or null when the line could not be read. */
  data: unknown;
  /** This record's issues, with source.record set (the caller adds the file). */
  issues: Issue[];
}

const NL = 0x0a;
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function kindTag(data: unknown): { kind: string } | Record<string, never> {
  const id = isObjectLike(data) ? (data as { kind?: unknown }).kind : undefined;
  const kind = typeof id === "string" ? findKind(id)?.meta.id : undefined;
  return kind ? { kind } : {};
}

function parseError(text: string, line: number): Issue {
  const offset = jsonErrorOffset(text);
  const found = text[offset];
  const params =
    found === undefined
      ? { format: "JSON", line, column: offset + 1, reason: "end" }
      : { format: "JSON", line, column: offset + 1, reason: "syntax", found: /[\p{L}\p{N}\p{P}\p{S}]/u.test(found) ? found : undefined };
  return issue("parse_error", [], params);
}

/** One line's bytes (without the newline) → a record, or undefined for a blank line. */
export function parseJsonLine(bytes: Uint8Array, index: number): JsonLine | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { index, data: null, issues: [{ ...issue("file_unreadable", [], { reason: "encoding" }), source: { record: index } }] };
  }
  if (index === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  if (text.trim() === "") return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { index, data: null, issues: withSource([parseError(text, index)], { record: index }) };
  }
  const issues: Issue[] = [];
  if (!isObjectLike(raw)) {
    const type = raw === null ? "null" : Array.isArray(raw) ? "array" : typeof raw;
    issues.push(issue("record_not_object", [], { type }));
  }
  const clean = sanitize(raw);
  issues.push(...clean.issues);
  return { index, data: clean.value, issues: withSource(issues, { record: index, ...kindTag(clean.value) }) };
}

/**
 * Records of a JSON Lines byte stream, in order. Pulling from the async iterator is the backpressure:
 * no chunk is read until the consumer asks for the next record, and only the current line is buffered.
 */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<JsonLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let tooLong = false;
  const finish = (): JsonLine | undefined => {
    const at = line++;
    if (tooLong) {
      tooLong = false;
      return { index: at, data: null, issues: [{ ...issue("record_too_large", [], { size, max: maxLineBytes }), source: { record: at } }] };
    }
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    return parseJsonLine(bytes, at);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, start)) {
      take(chunk.subarray(start, nl));
      const rec = finish();
      parts = [];
      size = 0;
      if (rec) yield rec;
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || tooLong) {
    const rec = finish();
    if (rec) yield rec;
  }

  function take(piece: Uint8Array): void {
    size += piece.length;
    if (tooLong || piece.length === 0) return;
    if (size > maxLineBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
  }
}

/** Reads a `.jsonl` file from disk as a stream (64 KiB chunks). */
export function streamJsonlFile(path: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<JsonLine> {
  return readJsonLines(createReadStream(path, { highWaterMark: 64 * 1024 }), maxLineBytes);
}

/** Counts the non-blank lines of a `.jsonl` file without parsing them (for a progress total). */
export async function countJsonLines(path: string): Promise<number> {
  // A FIFO or device is reported when the batch reaches it; reading it here would block.
  if (!(await stat(path)).isFile()) return 0;
  let count = 0;
  let content = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === NL) {
        if (content) count++;
        content = false;
      } else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) content = true;
    }
  }
  return content ? count + 1 : count;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A whole `.jsonl` file as ingestFile returns other formats (same size and record limits); batches stream instead. */
export async function ingestJsonl(path: string, io: Io, opts: IngestOptions & { maxBytes: number; maxRecords: number }): Promise<IngestedFile> {
  const done = (records: IngestedFile["records"], issues: Issue[]): IngestedFile => ({ file: path, records, issues: withSource(issues, { file: path }) });
  let bytes: Uint8Array;
  try {
    const size = await io.fileSize(path);
    if (size > opts.maxBytes) return done([], [issue("file_too_large", [], { size, max: opts.maxBytes })]);
    bytes = await io.readFile(path, opts.maxBytes);
  } catch (err) {
    const reason = readFailure(err);
    if (reason === "too_large") return done([], [issue("file_too_large", [], { size: (err as { size?: number }).size, max: opts.maxBytes })]);
    return done([], [issue("file_unreadable", [], { reason })]);
  }
  const records: IngestedFile["records"] = [];
  const issues: Issue[] = [];
  for await (const line of readJsonLines(once(bytes))) {
    records.push({ index: line.index, data: line.data });
    issues.push(...line.issues);
  }
  if (records.length > opts.maxRecords) return done([], [issue("file_too_large", [], { records: records.length, maxRecords: opts.maxRecords })]);
  if (records.length === 0 && !hasErrors(issues)) issues.push(issue("file_empty", [], {}, "warning"));
  return done(records, issues);
}
