// Reading documents for an actor of their unit: one with its history, files and comments; lists with filters and pages.
import { sql } from "kysely";
import { fail, ok, type Result } from "../core/index.js";
import type { Store } from "../store/index.js";
import { loadDocument, toView } from "./access.js";
import { hasRole, READ_ROLES } from "./states.js";
import type { Actor, DocumentView, FileEntry, HistoryEntry, State } from "./types.js";

export interface DocumentDetail extends DocumentView {
  history: HistoryEntry[];
  files: FileEntry[];
  comments: Array<{ id: string; userId: string; body: string; at: string }>;
}

/** The state of a document the actor may read (undefined otherwise): one column of one row, for a route that picks its path by state. */
export async function documentState(store: Store, actor: Actor, id: string): Promise<State | undefined> {
  if (!hasRole(actor, READ_ROLES)) return undefined;
  const row = await store.db.selectFrom("documents").select("state").where("id", "=", id).where("unit_id", "=", actor.unitId).executeTakeFirst();
  return row?.state as State | undefined;
}

export async function getDocument(store: Store, actor: Actor, id: string): Promise<Result<DocumentDetail>> {
  const found = await loadDocument(store.db, store.dialect, actor, id);
  if (!found.ok) return fail(found.issues);
  const [history, files, comments] = await Promise.all([
    store.db.selectFrom("document_history").selectAll().where("document_id", "=", id).orderBy("at").orderBy("revision").execute(),
    store.db.selectFrom("document_files").selectAll().where("document_id", "=", id).orderBy("format").execute(),
    store.db.selectFrom("comments").selectAll().where("document_id", "=", id).orderBy("at").execute(),
  ]);
  return ok({
    ...toView(found.value, actor),
    history: history.map((h) => ({
      action: h.action, fromState: h.from_state, toState: h.to_state, userId: h.user_id, comment: h.comment, revision: Number(h.revision), at: h.at,
    })),
    files: files.map((f) => ({ format: f.format, sha256: f.sha256, size: Number(f.size), revision: Number(f.revision) })),
    comments: comments.map((c) => ({ id: c.id, userId: c.user_id, body: c.body, at: c.at })),
  });
}

export interface ListFilter {
  state?: string;
  kind?: string;
  /** Year of issue, or of creation for documents not issued yet. */
  year?: number;
  /** Words anywhere in the record (case-insensitive). */
  q?: string;
  limit?: number;
  offset?: number;
}

/** The actor's unit's documents, newest first; `total` counts all that match, for paging. */
export async function listDocuments(store: Store, actor: Actor, f: ListFilter = {}): Promise<{ items: DocumentView[]; total: number }> {
  if (!hasRole(actor, READ_ROLES)) return { items: [], total: 0 };
  let q = store.db.selectFrom("documents").where("unit_id", "=", actor.unitId);
  if (f.state) q = q.where("state", "=", f.state);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.year) q = q.where(sql<string>`substr(coalesce(issued_date, created_at), 1, 4)`, "=", String(f.year));
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`lower(record) like ${pattern} escape '\\'`);
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy("created_at", "desc").orderBy("id").limit(Math.min(f.limit ?? 50, 500)).offset(f.offset ?? 0).execute();
  return { items: rows.map((r) => toView(r, actor)), total: Number(total.n) };
}
