// Documents as drafts and revisions: create, read, list, edit (If-Match), comment — each write audited in its transaction.
import { randomUUID } from "node:crypto";
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store, type Tx } from "../store/index.js";
import { forbidden, loadDocument, notAllowed, etagOf, stale, toView } from "./access.js";
import { appendAudit, stateHash } from "./audit.js";
import { writeFileRows, type StoredFile } from "./document-files.js";
import { allowedActions, EDIT_ROLES, EDITABLE, hasRole } from "./states.js";
import type { Actor, DocumentView, State } from "./types.js";

export interface NewDocument {
  kind: string;
  /** The record as validated by the caller (the facade's validateDocument); its `number` is the register's, never the caller's. */
  record: Record<string, unknown>;
  version?: string | null;
  profile?: string | null;
  /** A document this one amends or replaces (Đ18.3: an issued document is never edited). */
  replacesId?: string | null;
  /** Its files, already in the file store (rendered from this record at `now`): kept in the same transaction as the draft. */
  files?: readonly StoredFile[];
}

export interface WriteOptions {
  now?: Date;
  /** Runs last inside the write's transaction with the result (the server keeps its Idempotency-Key answer there). */
  commitWith?: CommitWith;
}

/** Work that must commit with a write, or not at all: it runs last in the write's transaction. */
export type CommitWith = (tx: Tx, view: DocumentView) => Promise<void>;

/** The register gives the number; a number sent with a draft is dropped so no paper shows one too early. */
const withoutNumber = (record: Record<string, unknown>): string => {
  const { number: _dropped, ...rest } = record;
  return JSON.stringify(rest);
};

export async function createDocument(store: Store, actor: Actor, doc: NewDocument, o: WriteOptions = {}): Promise<Result<DocumentView>> {
  if (!hasRole(actor, ["drafter"])) return fail([forbidden("create", ["drafter"])]);
  const at = (o.now ?? new Date()).toISOString();
  const record = withoutNumber(doc.record);
  const row = {
    id: randomUUID(), unit_id: actor.unitId, kind: doc.kind, version: doc.version ?? null, profile: doc.profile ?? null,
    state: "draft", record, revision: 1, etag: etagOf(1, record), number: null, number_text: null, register_id: null,
    issued_date: null, replaces_id: doc.replacesId ?? null, created_by: actor.userId, created_at: at, updated_at: at,
  };
  return writeTransaction(store.db, store.dialect, async (tx) => {
    if (row.replaces_id) {
      const old = await loadDocument(tx, store.dialect, actor, row.replaces_id);
      if (!old.ok) return fail(old.issues);
    }
    await tx.insertInto("documents").values(row).execute();
    await tx.insertInto("document_history").values({
      id: randomUUID(), document_id: row.id, action: "create", from_state: null, to_state: "draft", user_id: actor.userId, comment: null, revision: 1, at,
    }).execute();
    await appendAudit(tx, store.dialect, {
      at: new Date(at), userId: actor.userId, unitId: actor.unitId, action: "create", documentId: row.id,
      afterHash: stateHash({ state: "draft", revision: 1, record }), detail: { kind: doc.kind, replaces: row.replaces_id },
    });
    if (doc.files) await writeFileRows(tx, row.id, 1, doc.files, at);
    const view = toView(row, actor);
    await o.commitWith?.(tx, view);
    return ok(view);
  });
}

/**
 * Replaces the record when `etag` is the current one (If-Match). Draft and submitted stay; an
 * approved document goes back to submitted for approval again (Đ11). A drafter edits own drafts only.
 */
export async function editDocument(
  store: Store, actor: Actor, id: string, change: { record: Record<string, unknown>; etag: string }, o: WriteOptions = {},
): Promise<Result<DocumentView>> {
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, id, true);
    if (!found.ok) return found;
    const row = found.value;
    const own = row.created_by === actor.userId;
    if (!hasRole(actor, ["approver"]) && !(hasRole(actor, EDIT_ROLES) && own)) return fail([forbidden("edit", EDIT_ROLES)]);
    const next = EDITABLE[row.state as State];
    if (!next) return fail([notAllowed("edit", row.state as State, allowedActions(row.state as State, actor))]);
    if (change.etag !== row.etag) return fail([stale(change.etag, row.etag, Number(row.revision))]);
    const at = (o.now ?? new Date()).toISOString();
    const record = withoutNumber(change.record);
    const revision = Number(row.revision) + 1;
    const updated = { ...row, record, revision, etag: etagOf(revision, record), state: next, updated_at: at };
    await tx.updateTable("documents").set({ record, revision, etag: updated.etag, state: next, updated_at: at }).where("id", "=", id).execute();
    await tx.insertInto("document_history").values({
      id: randomUUID(), document_id: id, action: "edit", from_state: row.state, to_state: next, user_id: actor.userId, comment: null, revision, at,
    }).execute();
    await appendAudit(tx, store.dialect, {
      at: new Date(at), userId: actor.userId, unitId: actor.unitId, action: "edit", documentId: id,
      beforeHash: stateHash({ state: row.state, revision: Number(row.revision), record: row.record }),
      afterHash: stateHash({ state: next, revision, record }), detail: { from: row.state, to: next },
    });
    const view = toView(updated, actor);
    await o.commitWith?.(tx, view);
    return ok(view);
  });
}

export async function addComment(store: Store, actor: Actor, id: string, body: string, o: WriteOptions = {}): Promise<Result<{ id: string; at: string }>> {
  if (body.trim() === "") return fail([issue("comment_required", [], { action: "comment" })]);
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, id);
    if (!found.ok) return fail(found.issues);
    const c = { id: randomUUID(), document_id: id, user_id: actor.userId, body, at: (o.now ?? new Date()).toISOString() };
    await tx.insertInto("comments").values(c).execute();
    await appendAudit(tx, store.dialect, { at: new Date(c.at), userId: actor.userId, unitId: actor.unitId, action: "comment", documentId: id, detail: { comment: c.id } });
    return ok({ id: c.id, at: c.at });
  });
}
