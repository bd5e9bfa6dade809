// A document's current files (DOCX, PDF): bytes in the file store, one row per format naming the revision they show.
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store, type Tx } from "../store/index.js";
import { loadDocument } from "./access.js";
import { appendAudit } from "./audit.js";
import type { Actor, FileEntry } from "./types.js";

/** States whose files are final papers: their downloads are audited (service.md "Audit trail"). */
const FINAL = new Set(["numbered", "issued", "revoked"]);

/**
 * Stores rendered files for the document's revision `revision`; refused (stale_revision) when the
 * document moved on meanwhile, so files never show an older record than the row says. A signed PDF
 * (`signed`) is kept until the next signature replaces it: a file rendered again never overwrites it.
 */
export async function setDocumentFiles(
  store: Store, actor: Actor, id: string, revision: number, files: Array<{ format: string; data: Uint8Array; signed?: boolean }>, o: { now?: Date } = {},
): Promise<Result<FileEntry[]>> {
  const stored = await Promise.all(files.map(async (f) => ({ format: f.format, signed: f.signed ? 1 : 0, ...(await store.files.put(f.data)) })));
  const at = (o.now ?? new Date()).toISOString();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, id, true);
    if (!found.ok) return fail(found.issues);
    if (Number(found.value.revision) !== revision) {
      return fail([issue("stale_revision", [], { expected: String(revision), current: Number(found.value.revision), etag: found.value.etag })]);
    }
    const signed = new Set((await tx.selectFrom("document_files").select("format").where("document_id", "=", id).where("signed", "=", 1).execute()).map((r) => r.format));
    const kept = stored.filter((f) => f.signed || !signed.has(f.format));
    await writeFileRows(tx, id, revision, kept, at);
    return ok(kept.map((f) => ({ format: f.format, sha256: f.sha256, size: f.size, revision })));
  });
}

/** Files already in the file store, as they are kept for a document. */
export interface StoredFile {
  format: string;
  sha256: string;
  size: number;
  signed?: number;
}

/** The document's file rows for `revision`, inside the caller's write transaction (one per format, replacing the older one). */
export async function writeFileRows(tx: Tx, id: string, revision: number, files: readonly StoredFile[], at: string): Promise<void> {
  for (const f of files) {
    const values = { sha256: f.sha256, size: f.size, revision, created_at: at, signed: f.signed ?? 0 };
    await tx.insertInto("document_files").values({ document_id: id, format: f.format, ...values })
      .onConflict((oc) => oc.columns(["document_id", "format"]).doUpdateSet(values)).execute();
  }
}

/**
 * The current file of a format with the revision it shows (the caller renders again when it is
 * older than the document); a download of a numbered, issued or revoked document's file is audited.
 */
export async function getDocumentFile(
  store: Store, actor: Actor, id: string, format: string, o: { now?: Date } = {},
): Promise<Result<{ data: Uint8Array; revision: number; current: boolean; sha256: string }>> {
  const found = await loadDocument(store.db, store.dialect, actor, id);
  if (!found.ok) return fail(found.issues);
  const row = await store.db.selectFrom("document_files").selectAll().where("document_id", "=", id).where("format", "=", format).executeTakeFirst();
  const data = row ? await store.files.get(row.sha256) : undefined;
  if (!row || !data) return fail([issue("not_found", [], { what: "document", id: `${id}.${format}` })]);
  if (FINAL.has(found.value.state)) {
    await writeTransaction(store.db, store.dialect, (tx) =>
      appendAudit(tx, store.dialect, {
        at: o.now ?? new Date(), userId: actor.userId, unitId: actor.unitId, action: "download", documentId: id, afterHash: row.sha256,
        detail: { format, revision: Number(row.revision) },
      }));
  }
  // A signed PDF is the document's file whatever happened since (issue, revoke do not change the paper).
  const current = Number(row.revision) === Number(found.value.revision) || Number(row.signed) === 1;
  return ok({ data, revision: Number(row.revision), current, sha256: row.sha256 });
}

/** The audit entries of one document of the actor's unit, oldest first. */
export async function auditTrail(store: Store, actor: Actor, documentId: string): Promise<Result<Array<{ id: number; at: string; userId: string | null; action: string; detail: unknown; hash: string }>>> {
  const found = await loadDocument(store.db, store.dialect, actor, documentId);
  if (!found.ok) return fail(found.issues);
  const rows = await store.db.selectFrom("audit_log").selectAll().where("document_id", "=", documentId).orderBy("id").execute();
  return ok(rows.map((r) => ({ id: Number(r.id), at: r.at, userId: r.user_id, action: r.action, detail: JSON.parse(r.detail) as unknown, hash: r.hash })));
}
