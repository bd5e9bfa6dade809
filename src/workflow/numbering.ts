// Numbering a group of documents inside one transaction: all checks first, then counters, records, entries, history and audit.
import { randomUUID } from "node:crypto";
import { fail, ok, type Result } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import type { Dialect, DocumentTable, RegisterTable, Tx, UnitTable } from "../store/index.js";
import type { CommitWith } from "./documents.js";
import { etagOf, forbidden, notAllowed, notFound, stale, toView } from "./access.js";
import { appendAuditMany, stateHash } from "./audit.js";
import { numberText, typeAbbreviation } from "./number-text.js";
import { pickRegister, seriesKey } from "./registers.js";
import { allowedActions, hasRole, READ_ROLES, TRANSITIONS } from "./states.js";
import type { Actor, DocumentView, State } from "./types.js";
import { vietnamDate } from "./vn-time.js";

/** What the register entry says beyond the number (Phụ lục IV); unset fields come from the record. */
export interface EntryFields {
  kindTitle?: string;
  summary?: string;
  signer?: string;
  recipients?: string;
  archive?: string;
  copies?: number;
}

export interface NumberOptions {
  now?: Date;
  /** Another register of the unit than its default one (the registrar's choice). */
  registerId?: string;
  /** If-Match: refuse when the document changed since the caller read it. */
  etag?: string;
  entry?: EntryFields;
  comment?: string;
  /** Runs inside the numbering transaction with the numbered document (the server keeps its Idempotency-Key answer there). */
  commitWith?: CommitWith;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const field = (o: unknown, k: string): unknown => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined);

function entryFields(row: DocumentTable, record: Record<string, unknown>, given: EntryFields = {}): Required<Omit<EntryFields, "copies">> & { copies: number | null } {
  const recipients = Array.isArray(record.recipients) ? record.recipients.filter((x) => typeof x === "string").join("; ") : str(record.recipients);
  return {
    kindTitle: given.kindTitle ?? findKind(row.kind)?.meta.title ?? row.kind,
    summary: given.summary ?? str(record.subject) ?? str(record.summary) ?? str(record.title) ?? "",
    signer: given.signer ?? str(field(record.signer, "name")) ?? "",
    recipients: given.recipients ?? recipients ?? "",
    archive: given.archive ?? str(record.archive) ?? "",
    copies: given.copies ?? null,
  };
}

/** Takes `count` numbers of a series at once: the counter row is created at 0 once, then moved under its row lock. */
async function takeNumbers(tx: Tx, registerId: string, key: string, count: number): Promise<number> {
  await tx.insertInto("register_counters").values({ register_id: registerId, series_key: key, last_number: 0 })
    .onConflict((oc) => oc.columns(["register_id", "series_key"]).doNothing()).execute();
  const row = await tx.updateTable("register_counters").set((eb) => ({ last_number: eb("last_number", "+", count) }))
    .where("register_id", "=", registerId).where("series_key", "=", key).returning("last_number").executeTakeFirstOrThrow();
  return Number(row.last_number) - count + 1;
}

export interface NumberRequest {
  actor: Actor;
  id: string;
  o: NumberOptions;
}

export interface Checked {
  row: DocumentTable;
  reg: RegisterTable;
  unit: UnitTable;
}

/**
 * Every refusal before any write, for a group of requests for distinct documents: the rows are read
 * and locked in one statement (id order on PostgreSQL, so two processes' groups never wait on each
 * other crosswise); another unit's document, or one the actor may not read, is not found.
 */
export async function checkNumbering(tx: Tx, dialect: Dialect, reqs: readonly NumberRequest[]): Promise<Array<Result<Checked>>> {
  let q = tx.selectFrom("documents").selectAll().where("id", "in", reqs.map((r) => r.id)).orderBy("id");
  if (dialect === "postgres") q = q.forUpdate();
  const rows = new Map((await q.execute()).map((r) => [r.id, r]));
  const registers = new Map<string, Result<RegisterTable>>();
  const units = new Map<string, UnitTable>();
  const out: Array<Result<Checked>> = [];
  for (const { actor, id, o } of reqs) {
    const row = rows.get(id);
    if (!row || row.unit_id !== actor.unitId || !hasRole(actor, READ_ROLES)) {
      out.push(fail([notFound(id)]));
      continue;
    }
    const state = row.state as State;
    if (!hasRole(actor, TRANSITIONS.number.roles)) out.push(fail([forbidden("number", TRANSITIONS.number.roles)]));
    else if (!TRANSITIONS.number.from.includes(state)) out.push(fail([notAllowed("number", state, allowedActions(state, actor))]));
    else if (o.etag !== undefined && o.etag !== row.etag) out.push(fail([stale(o.etag, row.etag, Number(row.revision))]));
    else {
      const regKey = `${actor.unitId}|${o.registerId ?? ""}`;
      if (!registers.has(regKey)) registers.set(regKey, await pickRegister(tx, actor.unitId, o.registerId));
      if (!units.has(actor.unitId)) units.set(actor.unitId, await tx.selectFrom("units").selectAll().where("id", "=", actor.unitId).executeTakeFirstOrThrow());
      const reg = registers.get(regKey)!;
      out.push(reg.ok ? ok({ row, reg: reg.value, unit: units.get(actor.unitId)! }) : fail(reg.issues));
    }
  }
  return out;
}

interface Planned {
  req: NumberRequest;
  c: Checked;
  at: Date;
  day: string;
  key: string;
  n: number;
}

/** Numbers per series in arrival order: one counter move per (register, series) of the group. */
async function plan(tx: Tx, items: ReadonlyArray<{ req: NumberRequest; c: Checked }>): Promise<Planned[]> {
  const planned = items.map(({ req, c }) => {
    const at = req.o.now ?? new Date();
    return { req, c, at, day: vietnamDate(at).iso, key: seriesKey(c.reg, at), n: 0 };
  });
  const series = new Map<string, Planned[]>();
  for (const p of planned) series.set(`${p.c.reg.id}|${p.key}`, [...(series.get(`${p.c.reg.id}|${p.key}`) ?? []), p]);
  for (const list of series.values()) {
    const first = await takeNumbers(tx, list[0]!.c.reg.id, list[0]!.key, list.length);
    list.forEach((p, i) => (p.n = first + i));
  }
  return planned;
}

/**
 * Gives each checked document the next number of its register and its request's Vietnamese date:
 * counters, records, register entries, history and audit, inside the caller's transaction.
 */
export async function writeNumbers(tx: Tx, dialect: Dialect, items: ReadonlyArray<{ req: NumberRequest; c: Checked }>): Promise<DocumentView[]> {
  if (items.length === 0) return [];
  const planned = await plan(tx, items);
  const views: DocumentView[] = [];
  const rows: DocumentTable[] = [];
  const entries = [];
  const history = [];
  const audits = [];
  for (const { req, c, at, day, key, n } of planned) {
    const { row, reg, unit } = c;
    const record: Record<string, unknown> = { ...(JSON.parse(row.record) as Record<string, unknown>), number: n, date: day };
    const entry = entryFields(row, record, req.o.entry);
    const text = numberText(n, {
      profile: row.profile ?? unit.profile, type: typeAbbreviation(entry.kindTitle), symbol: str(field(record.issuer, "symbol")) ?? unit.symbol ?? unit.code,
    });
    const recordText = JSON.stringify(record);
    const revision = Number(row.revision) + 1;
    const changes = {
      state: "numbered", record: recordText, revision, etag: etagOf(revision, recordText), number: n, number_text: text,
      register_id: reg.id, issued_date: day, updated_at: at.toISOString(),
    };
    rows.push({ ...row, ...changes });
    views.push(toView({ ...row, ...changes }, req.actor));
    entries.push({
      id: randomUUID(), register_id: reg.id, series_key: key, number: n, number_text: text, document_id: row.id, issued_date: day,
      kind_title: entry.kindTitle, summary: entry.summary, signer: entry.signer || null, recipients: entry.recipients || null,
      archive: entry.archive || null, copies: entry.copies, sent_date: null, received_by: null, note: null, created_at: at.toISOString(),
    });
    history.push({
      id: randomUUID(), document_id: row.id, action: "number", from_state: row.state, to_state: "numbered", user_id: req.actor.userId,
      comment: req.o.comment ?? null, revision, at: at.toISOString(),
    });
    audits.push({
      at, userId: req.actor.userId, unitId: req.actor.unitId, action: "number", documentId: row.id,
      beforeHash: stateHash({ state: row.state, revision: Number(row.revision), record: row.record }),
      afterHash: stateHash({ state: "numbered", revision, record: recordText }),
      detail: { register: reg.id, series: key, number: n, numberText: text, date: day },
    });
  }
  // One statement for all the group's documents (rows exist and are locked: the insert always meets its conflict).
  await tx.insertInto("documents").values(rows).onConflict((oc) => oc.column("id").doUpdateSet((eb) => ({
    state: eb.ref("excluded.state"), record: eb.ref("excluded.record"), revision: eb.ref("excluded.revision"), etag: eb.ref("excluded.etag"),
    number: eb.ref("excluded.number"), number_text: eb.ref("excluded.number_text"), register_id: eb.ref("excluded.register_id"),
    issued_date: eb.ref("excluded.issued_date"), updated_at: eb.ref("excluded.updated_at"),
  }))).execute();
  await tx.insertInto("register_entries").values(entries).execute();
  await tx.insertInto("document_history").values(history).execute();
  await appendAuditMany(tx, dialect, audits);
  return views;
}
