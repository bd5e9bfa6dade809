// YAML text to parsed documents with safe settings: core schema, no merge keys, few aliases.
import { isScalar, parseAllDocuments, type Document, type YAMLError } from "yaml";
import { issue, type Issue } from "../core/index.js";
import type { Parsed } from "./types.js";
import { MAX_YAML_DEPTH, MAX_YAML_NODES, yamlTooBig } from "./yaml-depth.js";

/** Marks a document that failed to parse; it stays a record (data null) whose parse_error is already reported. */
export const BROKEN: unique symbol = Symbol("broken-document");

/** Aliases expand in place; a low cap stops "billion laughs" documents. */
const MAX_ALIAS_COUNT = 20;

const REASONS: Partial<Record<YAMLError["code"], string>> = {
  DUPLICATE_KEY: "duplicate_key",
  TAG_RESOLVE_FAILED: "tag",
  BAD_ALIAS: "alias",
  TAB_AS_INDENT: "tab",
};

function yamlIssue(err: YAMLError, record: number | undefined): Issue {
  const pos = err.linePos?.[0];
  const found = issue("parse_error", [], {
    format: "YAML",
    line: pos?.line,
    column: pos?.col,
    reason: REASONS[err.code] ?? "syntax",
  });
  return record === undefined ? found : { ...found, source: { record } };
}

function documentValue(doc: Document.Parsed, record: number | undefined): { value?: unknown; issues: Issue[] } {
  // Unknown tags (`!!binary`, `!custom`) only warn in the yaml package; we refuse them. Later errors
  // in a document mostly follow from the first, so only the first is reported.
  const bad = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (bad) return { issues: [yamlIssue(bad, record)] };
  try {
    // Maps keep keys as data (never as properties) until sanitize copies them into plain objects.
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true }), issues: [] };
  } catch {
    const params = { format: "YAML", reason: "aliases", max: MAX_ALIAS_COUNT };
    const found = issue("parse_error", [], params);
    return { issues: [record === undefined ? found : { ...found, source: { record } }] };
  }
}

/** A document with no content (`---` at the end of a stream) or only `~`. */
const isEmpty = (doc: Document.Parsed): boolean =>
  doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);

/** Every non-empty document of the stream; with several, each is one record (numbered from 1). */
export function parseYaml(text: string): Parsed {
  // Checked before the parser sees the text: a 100,000-deep document can abort Node inside it, and a few
  // hundred thousand values take it seconds and hundreds of MB.
  const big = yamlTooBig(text);
  if (big?.reason === "too_deep") return { ok: false, issues: [issue("parse_error", [], { format: "YAML", line: big.line, reason: "too_deep", max: MAX_YAML_DEPTH })] };
  if (big) return { ok: false, issues: [issue("parse_error", [], { format: "YAML", reason: "too_many_nodes", max: MAX_YAML_NODES })] };
  const docs = parseAllDocuments(text, {
    schema: "core",
    merge: false,
    uniqueKeys: true,
    strict: true,
    // `!!binary`, `!!set`, `!!timestamp` … would build Buffers, Sets and Dates; keep plain data only.
    resolveKnownTags: false,
    prettyErrors: true,
    logLevel: "silent",
  });
  const nonEmpty = Array.from(docs).filter((d) => d.errors.length > 0 || !isEmpty(d));
  const multi = nonEmpty.length > 1;
  const documents: unknown[] = [];
  const issues: Issue[] = [];
  nonEmpty.forEach((doc, n) => {
    const got = documentValue(doc, multi ? n + 1 : undefined);
    issues.push(...got.issues);
    // A broken document keeps its place so the numbers of the others stay as in the file.
    documents.push(got.issues.length > 0 ? BROKEN : got.value);
  });
  if (!multi && issues.length > 0) return { ok: false, issues };
  return { ok: true, documents, issues };
}
