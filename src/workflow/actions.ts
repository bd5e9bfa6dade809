// One workflow step on a document: role, then state, then If-Match; the transition, history and audit in one transaction.
import { randomUUID } from "node:crypto";
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store } from "../store/index.js";
import { etagOf, forbidden, loadDocument, notAllowed, stale, toView } from "./access.js";
import { appendAudit, stateHash } from "./audit.js";
import { numberDocument } from "./group-commit.js";
import type { NumberOptions } from "./numbering.js";
import { allowedActions, hasRole, TRANSITIONS } from "./states.js";
import type { Action, Actor, DocumentView, State } from "./types.js";
import { vietnamDate } from "./vn-time.js";

export interface ActionOptions extends NumberOptions {
  comment?: string;
  /** Files already in the file store that belong to the new revision (the signed PDF of `sign`): kept in the same transaction. */
  files?: Array<{ format: string; sha256: string; size: number; signed: boolean }>;
  /** More for the action's audit entry (the external signer's certificate, …). */
  auditDetail?: Record<string, string | number | boolean>;
}

/**
 * Refusals, in this order: not the unit's document → not_found (404); the actor's roles cannot do
 * the action at all → forbidden_action (403); not in this state → action_not_allowed with what is
 * allowed (409); a reason missing → comment_required (422); changed meanwhile → stale_revision (412).
 */
export async function performAction(store: Store, actor: Actor, id: string, action: Action, o: ActionOptions = {}): Promise<Result<DocumentView>> {
  // Numbering writes the counter, the register entry and the record: its own transaction, same order of refusals.
  if (action === "number") return numberDocument(store, actor, id, o);
  const t = TRANSITIONS[action];
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, id, true);
    if (!found.ok) return found;
    const row = found.value;
    const state = row.state as State;
    const ownOnly = action === "cancel" && !hasRole(actor, ["approver"]) && row.created_by !== actor.userId;
    if (!hasRole(actor, t.roles) || ownOnly) return fail([forbidden(action, t.roles)]);
    if (!t.from.includes(state)) return fail([notAllowed(action, state, allowedActions(state, actor))]);
    const comment = o.comment?.trim() || null;
    if (t.reason && !comment) return fail([issue("comment_required", [], { action })]);
    if (o.etag !== undefined && o.etag !== row.etag) return fail([stale(o.etag, row.etag, Number(row.revision))]);
    const at = o.now ?? new Date();
    const revision = Number(row.revision) + 1;
    const updated = { ...row, state: t.to, revision, etag: etagOf(revision, row.record), updated_at: at.toISOString() };
    await tx.updateTable("documents").set({ state: t.to, revision, etag: updated.etag, updated_at: updated.updated_at }).where("id", "=", id).execute();
    for (const f of o.files ?? []) {
      const values = { sha256: f.sha256, size: f.size, revision, created_at: updated.updated_at, signed: f.signed ? 1 : 0 };
      await tx.insertInto("document_files").values({ document_id: id, format: f.format, ...values })
        .onConflict((oc) => oc.columns(["document_id", "format"]).doUpdateSet(values)).execute();
    }
    if (action === "revoke") {
      // The number stays taken: the register keeps the row, with the reason in Ghi chú.
      const note = `Thu hồi ngày ${vietnamDate(at).iso.split("-").reverse().join("/")}: ${comment}`;
      await tx.updateTable("register_entries").set({ note }).where("document_id", "=", id).execute();
    }
    await tx.insertInto("document_history").values({
      id: randomUUID(), document_id: id, action, from_state: state, to_state: t.to, user_id: actor.userId, comment, revision, at: at.toISOString(),
    }).execute();
    await appendAudit(tx, store.dialect, {
      at, userId: actor.userId, unitId: actor.unitId, action, documentId: id,
      beforeHash: stateHash({ state, revision: Number(row.revision), record: row.record }),
      afterHash: stateHash({ state: t.to, revision, record: row.record }), detail: { from: state, to: t.to, comment, ...o.auditDetail },
    });
    const view = toView(updated, actor);
    await o.commitWith?.(tx, view);
    return ok(view);
  });
}
