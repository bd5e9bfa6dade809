// A document's DOCX and PDF for its current revision: rendered through the facade, kept by the workflow, rendered again on demand when missing or older.
import { renderDocument, type FontSet, type Issue, type OutputFormat, type PooledDocument, type RenderPool, type Result } from "../index.js";
import type { Store } from "../store/index.js";
import { getDocumentFile, setDocumentFiles, type Actor } from "../workflow/index.js";
import type { X509Certificate } from "node:crypto";

export const FORMATS: readonly OutputFormat[] = ["docx", "pdf"];

export interface RenderSettings {
  fonts?: FontSet;
  now: () => Date;
  /** Worker threads that render beside the HTTP thread; without it the HTTP thread renders. */
  pool?: RenderPool;
  /** Root certificates an external signer's certificate must chain to (`serve --trust`); none: not checked. */
  trust?: readonly X509Certificate[];
}

/** One record rendered in the pool when there is one, else here; the same bytes either way for the same clock. */
export async function renderOne(record: unknown, settings: RenderSettings, o: { formats: readonly OutputFormat[]; now: Date; pdfa?: boolean }): Promise<Result<PooledDocument>> {
  if (settings.pool) return settings.pool.render(record, o);
  const r = await renderDocument(record, { formats: o.formats, fonts: settings.fonts, now: () => o.now, pdfa: o.pdfa });
  if (!r.ok) return r;
  const { kind, version, profile, pages, files } = r.value;
  return { ok: true, value: { kind, version, profile, pages, files }, issues: r.issues };
}

export interface DocRef {
  id: string;
  record: Record<string, unknown>;
  revision: number;
  /** The revision's time: the files' creation date, so one revision always renders the same bytes. */
  updatedAt: string;
  /** Final states (numbered, issued, revoked) render PDF/A-2b. */
  state?: string;
}

/** The service's final files are archival (PDF/A-2b); drafts are plain PDF. */
const FINAL_STATES = new Set(["signed", "numbered", "issued", "revoked"]);

type Files = Partial<Record<OutputFormat, Uint8Array>>;

/** Renders a record to both formats (errors stay issues; warnings ride along). */
export async function renderBoth(record: unknown, settings: RenderSettings, at?: Date, pdfa = false): Promise<Result<{ kind: string; version: string; profile: string; files: Files }>> {
  const r = await renderOne(record, settings, { formats: FORMATS, now: at ?? settings.now(), pdfa });
  if (!r.ok) return r;
  const { kind, version, profile, files } = r.value;
  return { ok: true, value: { kind, version, profile, files }, issues: r.issues };
}

/** Keeps rendered files as the files of the document's revision (refused quietly when the document moved on: the newer revision renders its own). */
export async function keepFiles(store: Store, actor: Actor, ref: DocRef, files: Files, at: Date): Promise<void> {
  const list = FORMATS.flatMap((format) => (files[format] ? [{ format, data: files[format] }] : []));
  await setDocumentFiles(store, actor, ref.id, ref.revision, list, { now: at });
}

/** Renders the revision's files from its record and keeps them. */
export async function renderRevision(store: Store, actor: Actor, ref: DocRef, settings: RenderSettings): Promise<Result<Files>> {
  const r = await renderBoth(ref.record, settings, new Date(ref.updatedAt), FINAL_STATES.has(ref.state ?? ""));
  if (!r.ok) return { ok: false, issues: r.issues as Issue[] };
  await keepFiles(store, actor, ref, r.value.files, settings.now());
  return { ok: true, value: r.value.files, issues: [] };
}

/**
 * The bytes of one format for the current revision (a final file's download is audited by the
 * workflow). When the process died between a change and its rendering, or the file store lost the
 * bytes, the files are rendered now from the record: no document is left without files.
 */
export async function currentFile(store: Store, actor: Actor, ref: DocRef, format: OutputFormat, settings: RenderSettings): Promise<Result<Uint8Array>> {
  // Look before reading: the workflow audits each read of a final file, and a stale one is not served.
  const row = await store.db.selectFrom("document_files").select(["sha256", "revision", "signed"]).where("document_id", "=", ref.id).where("format", "=", format).executeTakeFirst();
  const fresh = row !== undefined && (Number(row.revision) === ref.revision || Number(row.signed) === 1) && (await store.files.has(row.sha256));
  const made = fresh ? undefined : await renderRevision(store, actor, ref, settings);
  if (made && !made.ok) return { ok: false, issues: made.issues };
  const kept = await getDocumentFile(store, actor, ref.id, format, { now: settings.now() });
  if (kept.ok && kept.value.current) return { ok: true, value: kept.value.data, issues: [] };
  // The document moved on while rendering: answer what was rendered for the revision read.
  if (made?.ok) return { ok: true, value: made.value[format]!, issues: [] };
  return kept.ok ? { ok: true, value: kept.value.data, issues: [] } : { ok: false, issues: kept.issues };
}
