// Loading a document for an actor: another unit's document, or one the actor's roles may not read, is "not found".
import { fail, issue, ok, type Issue, type Result } from "../core/index.js";
import { sha256Hex, type Dialect, type DocumentTable, type Tx } from "../store/index.js";
import { allowedActions, hasRole, READ_ROLES, TRANSITIONS } from "./states.js";
import type { Action, Actor, DocumentView, Role, State } from "./types.js";

export const notFound = (id: string, what = "document"): Issue => issue("not_found", [], { what, id });
export const forbidden = (action: string, roles: readonly Role[]): Issue => issue("forbidden_action", [], { action, roles: roles.join(",") });
export const notAllowed = (action: string, state: State, allowed: readonly Action[]): Issue =>
  issue("action_not_allowed", [], { action, state, allowed: allowed.join(",") });
export const stale = (expected: string, current: string, revision: number): Issue =>
  issue("stale_revision", [], { expected, current: revision, etag: current });

/** Why the actor may not do `action` on a document in `state` now (roles first, then the state), or undefined when it may. */
export function actionRefusal(state: State, actor: Actor, action: Action): Issue | undefined {
  const t = TRANSITIONS[action];
  if (!hasRole(actor, t.roles)) return forbidden(action, t.roles);
  if (!t.from.includes(state)) return notAllowed(action, state, allowedActions(state, actor));
  return undefined;
}

/** `3-1a2b3c4d5e6f`: the revision and a digest of the record, so an ETag changes with every change. */
export const etagOf = (revision: number, record: string): string => `${revision}-${sha256Hex(record).slice(0, 12)}`;

/**
 * The document row, or not_found when it does not exist, belongs to another unit or the actor may
 * not read documents (admin only): the three answers are alike so ids of other units leak nothing.
 * `lock`: PostgreSQL row lock for a following write (SQLite holds the write lock already).
 */
export async function loadDocument(tx: Tx, dialect: Dialect, actor: Actor, id: string, lock = false): Promise<Result<DocumentTable>> {
  if (!hasRole(actor, READ_ROLES)) return fail([notFound(id)]);
  let q = tx.selectFrom("documents").selectAll().where("id", "=", id).where("unit_id", "=", actor.unitId);
  if (lock && dialect === "postgres") q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? ok(row) : fail([notFound(id)]);
}

export function toView(row: DocumentTable, actor: Actor): DocumentView {
  return {
    id: row.id,
    unitId: row.unit_id,
    kind: row.kind,
    version: row.version,
    profile: row.profile,
    state: row.state as State,
    record: JSON.parse(row.record) as Record<string, unknown>,
    revision: Number(row.revision),
    etag: row.etag,
    number: row.number === null ? null : Number(row.number),
    numberText: row.number_text,
    registerId: row.register_id,
    issuedDate: row.issued_date,
    replacesId: row.replaces_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    allowedActions: allowedActions(row.state as State, actor),
  };
}
