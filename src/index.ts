// cadre-docs public API. The pipeline reads records (JSON/YAML), normalises text to NFC, validates
// them against a document kind's zod schema and rules, renders the kind's Handlebars template into
// a closed markup parsed as the document model, lays the model out with a format profile (nd30 for
// state bodies, party for Party bodies) using the embedded font's metrics, and hands the one laid-out
// document to the DOCX and PDF backends, so both break lines and pages alike. Problems are values
// (issues with paths); Vietnamese text is produced only at the edge by formatIssue.
import { fail, ok, type Issue, type Result } from "./core/index.js";
import { findKind, kindJsonSchema, listKinds as kinds } from "./kinds/index.js";
import { buildModel, renderRecord, type RenderOptions, type RenderedDocument } from "./pipeline/index.js";
import { ingestFile, type CellIndex } from "./ingest/index.js";
import type { Io } from "./core/index.js";
import { fromZodIssue } from "./validate/zod-issues.js";
import { buildForm, placeholderRecord, sampleRecord, workbookBytes } from "./workbook/index.js";

export { renderFiles, loadConfig, progressSink, summaryText, defaultWorkers, chooseWorkers, machineFacts, tuneHeapForBatch, MANIFEST_FILE, REPORT_FILE, REPORT_TEXT_FILE, checkNamePattern, outputStem, NAME_PLACEHOLDERS, MERGE_BY, MERGE_FOLDER } from "./pipeline/index.js";
export type { BatchSummary, FailureGroup, ManifestEntry, ProgressSink, ProgressState, RecordBudget } from "./pipeline/index.js";
export { createRenderPool } from "./pipeline/index.js";
export type { RenderPool, PooledDocument, PoolOptions } from "./pipeline/index.js";
export type { LoadedConfig, MergeBy, MergedFile, MachineFacts, WorkerCosts } from "./pipeline/index.js";
export { locateIssues } from "./ingest/index.js";
export type { CellIndex, RowRef } from "./ingest/index.js";
export { createExecutor, DEFAULT_BUDGET, renderFingerprint, recordHash, manifestLine, summarizeBatch, writeBatchReports, expandInputs, expandRecord } from "./pipeline/index.js";
export type { Executor, RenderTask, TaskOptions, TaskResult, RenderedFile } from "./pipeline/index.js";
export type { BatchOptions, BatchReport, DocumentReport, OutputFormat, RenderOptions, RenderedDocument } from "./pipeline/index.js";
export { nodeIo, fixedClock, hasErrors, ISSUE_CODES, withSource } from "./core/index.js";
export type { CalendarDate, Io, Issue, IssueCode, IssuePath, IssueSource, Result, Severity } from "./core/index.js";
export { formatIssue } from "./messages/index.js";
export { fillForm as fillInputWorkbook, buildErrorWorkbook as errorWorkbook, workbookState, CLI_COMMAND } from "./workbook/index.js";
export type { WorkbookState } from "./workbook/index.js";
export { profileOverridesSchema } from "./profiles/index.js";
export type { ProfileId, ProfileOverrides } from "./profiles/index.js";
export { bundledFonts } from "./layout/index.js";
export type { FontSet, LaidDoc } from "./layout/index.js";
export type { DocModel } from "./model/index.js";
export type { DocFacts, ExpandedRecord, OutputNameParts } from "./kinds/index.js";

const defaults = (o: Partial<RenderOptions>): RenderOptions => ({ formats: ["docx", "pdf"], now: () => new Date(), ...o });

/** What renderDocument returns: the document's kind, template version, profile, facts, pages and file bytes. */
export type DocumentResult = Omit<RenderedDocument, "model" | "laid">;

/** Options of renderDocument; `internals: true` keeps the document model and its layout in the result (tests, tools). */
export type RenderDocumentOptions = Partial<RenderOptions> & { internals?: boolean };

/** Renders one record (a parsed JSON/YAML object) to DOCX and/or PDF bytes. */
export function renderDocument(input: unknown, options: RenderDocumentOptions & { internals: true }): Promise<Result<RenderedDocument>>;
export function renderDocument(input: unknown, options?: RenderDocumentOptions): Promise<Result<DocumentResult>>;
export async function renderDocument(input: unknown, options: RenderDocumentOptions = {}): Promise<Result<DocumentResult>> {
  const { internals, ...rest } = options;
  const r = await renderRecord(input, defaults(rest));
  if (!r.ok || internals) return r;
  const { model: _model, laid: _laid, ...result } = r.value;
  return { ...r, value: result };
}

/** Validates one record completely (schema, rules, template) without rendering files. */
export function validateDocument(input: unknown, options: Partial<RenderOptions> = {}): { ok: boolean; issues: Issue[] } {
  const r = buildModel(input, defaults(options));
  return { ok: r.ok, issues: r.issues };
}

export interface KindSummary {
  id: string;
  title: string;
  description: string;
  profiles: string[];
  defaultProfile: string;
  /** `label`: the version's legal name as a clerk picks it (`Quy định 65-QĐ/TW (2022)`). */
  versions: Array<{ id: string; label: string; validFrom: string; validTo?: string; basis: string }>;
  /** A bundle renders records of other kinds (one input, many documents) and has no template of its own. */
  bundle: boolean;
}

export function listKinds(): KindSummary[] {
  return kinds().map(({ meta, expand }) => ({
    bundle: expand !== undefined,
    id: meta.id,
    title: meta.title,
    description: meta.description,
    profiles: meta.profiles,
    defaultProfile: meta.defaultProfile,
    versions: meta.versions.map(({ id, label, validFrom, validTo, basis }) => ({ id, label: label ?? id, validFrom, validTo, basis })),
  }));
}

/** JSON Schema of a kind's input, with Vietnamese field titles. */
export function getKindSchema(id: string): Result<object> {
  const kind = findKind(id);
  if (!kind) return fail([{ code: "unknown_kind", path: ["kind"], params: { kind: id, options: kinds().map((k) => k.meta.id).join(", ") }, severity: "error" }]);
  return ok(kindJsonSchema(kind));
}

/** An input workbook (.xlsx) for a kind: Vietnamese headers, drop-downs, instructions and one example
 * row (the kind's first sample in inputs/, else placeholders). Read back, it gives the example record. */
export async function inputWorkbook(id: string, options: { now?: Date } = {}): Promise<Result<Uint8Array>> {
  const kind = findKind(id);
  if (!kind) return fail([{ code: "unknown_kind", path: ["kind"], params: { kind: id, options: kinds().map((k) => k.meta.id).join(", ") }, severity: "error" }]);
  // A bundle holds whole records of other kinds: clerks fill those kinds' own workbooks instead.
  if (kind.expand) return fail([{ code: "bundle_no_workbook", path: ["kind"], params: { kind: id, options: kinds().filter((k) => !k.expand).map((k) => k.meta.id).join(", ") }, severity: "error" }]);
  const example = (await sampleRecord(kind.meta.id)) ?? placeholderRecord(kind);
  return ok(await workbookBytes(buildForm(kind, { example, now: options.now })));
}

/** Our issues (codes, paths, params) for a zod error of any schema, e.g. a request body the server parsed. */
export function requestIssues(error: { issues: readonly unknown[] }): Issue[] {
  return (error.issues as Parameters<typeof fromZodIssue>[0][]).flatMap(fromZodIssue);
}

/** A record of a kind to start from: the kind's first sample in inputs/, else placeholders. */
export async function exampleRecord(id: string): Promise<unknown> {
  const kind = findKind(id);
  if (!kind) return undefined;
  return (await sampleRecord(kind.meta.id)) ?? placeholderRecord(kind);
}

/** The records of one input file (.json, .jsonl, .yaml, .xlsx, .csv) with the file's issues, unvalidated. */
export async function readRecords(path: string, io: Io): Promise<{ records: Array<{ index: number; data: unknown; cells?: CellIndex }>; issues: Issue[] }> {
  const got = await ingestFile(path, io);
  return { records: got.records.map(({ index, data, cells }) => ({ index, data, ...(cells ? { cells } : {}) })), issues: got.issues };
}
// Signatures and archival PDFs (src/sign): bytes in, bytes out.
export { loadP12, signPdf, prepareSignature, completeSignature, verifyPdf, cmsDigest, checkSigningKey, checkExternalCms, parseTrustAnchors } from "./sign/index.js";
export type { SigningIdentity, SignOptions, SignRole, PreparedSignature, SignatureReport, CheckedKey, ExternalSigner } from "./sign/index.js";
export { SignError, SIGN_CODES } from "./core/index.js";
export type { SignCode } from "./core/index.js";
