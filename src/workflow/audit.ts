// The audit chain: append-only entries, each holding the previous entry's hash; verify recomputes the chain.
import { sha256Hex, writeTransaction, GENESIS_HASH, type AuditLogTable, type Dialect, type Store, type Tx } from "../store/index.js";

export interface AuditInput {
  at: Date;
  userId: string | null;
  unitId: string | null;
  action: string;
  documentId?: string | null;
  beforeHash?: string | null;
  afterHash?: string | null;
  detail?: Record<string, unknown>;
}

/** An audit row as the store's table type gives it. */
type Row = AuditLogTable;

/** The hash covers every column but itself, in a fixed order (JSON of an array: no key-order ambiguity). */
export function entryHash(r: Omit<Row, "hash">): string {
  return sha256Hex(JSON.stringify([r.id, r.at, r.user_id, r.unit_id, r.action, r.document_id, r.before_hash, r.after_hash, r.detail, r.prev_hash]));
}

/** Hash of a value's canonical JSON (keys sorted): the before/after state of what an entry changed. */
export function stateHash(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]))
      : v;
  return sha256Hex(JSON.stringify(sorted(value)));
}

/**
 * Appends entries, in order, inside the caller's write transaction, so they commit with the change
 * they record. The head row is locked (PostgreSQL `for update`; SQLite holds the write lock), so two
 * appends never take the same previous hash.
 */
export async function appendAuditMany(tx: Tx, dialect: Dialect, inputs: readonly AuditInput[]): Promise<number> {
  let head = tx.selectFrom("audit_head").selectAll().where("id", "=", 1);
  if (dialect === "postgres") head = head.forUpdate();
  const h = await head.executeTakeFirstOrThrow();
  let id = Number(h.last_id);
  let prev = h.last_hash;
  const rows = inputs.map((input) => {
    const row = {
      id: ++id,
      at: input.at.toISOString(),
      user_id: input.userId,
      unit_id: input.unitId,
      action: input.action,
      document_id: input.documentId ?? null,
      before_hash: input.beforeHash ?? null,
      after_hash: input.afterHash ?? null,
      detail: JSON.stringify(input.detail ?? {}),
      prev_hash: prev,
    };
    prev = entryHash(row);
    return { ...row, hash: prev };
  });
  if (rows.length === 0) return id;
  await tx.insertInto("audit_log").values(rows).execute();
  await tx.updateTable("audit_head").set({ last_id: id, last_hash: prev }).where("id", "=", 1).execute();
  return id;
}

export const appendAudit = (tx: Tx, dialect: Dialect, input: AuditInput): Promise<number> => appendAuditMany(tx, dialect, [input]);

/** An entry on its own (login, failed login, a download): one write transaction. */
export function recordAudit(store: Store, input: AuditInput): Promise<number> {
  return writeTransaction(store.db, store.dialect, (tx) => appendAudit(tx, store.dialect, input));
}

export type AuditBreak = { id: number; reason: "hash" | "prev" | "gap" | "head" };
export interface AuditVerdict {
  entries: number;
  broken?: AuditBreak;
}

/** Recomputes the chain in id order, in pages; the first entry that does not hold is named. */
export async function verifyAudit(store: Store, pageSize = 5000): Promise<AuditVerdict> {
  let prev = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const rows = (await store.db.selectFrom("audit_log").selectAll().where("id", ">=", expected).orderBy("id").limit(pageSize).execute()) as Row[];
    for (const r of rows) {
      if (Number(r.id) !== expected) return { entries: expected - 1, broken: { id: Number(r.id), reason: "gap" } };
      const { hash, ...rest } = r;
      if (entryHash({ ...rest, id: Number(r.id) }) !== hash) return { entries: expected - 1, broken: { id: expected, reason: "hash" } };
      if (r.prev_hash !== prev) return { entries: expected - 1, broken: { id: expected, reason: "prev" } };
      prev = hash;
      expected++;
    }
    if (rows.length < pageSize) break;
  }
  const head = await store.db.selectFrom("audit_head").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
  // Entries deleted from the end (or added beside the chain) show only against the head.
  if (Number(head.last_id) !== expected - 1 || head.last_hash !== prev) return { entries: expected - 1, broken: { id: Number(head.last_id), reason: "head" } };
  return { entries: expected - 1 };
}
