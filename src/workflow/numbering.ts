// Numbering: the counter row, the register entry, the record's number and date and the audit entry in ONE transaction.
import { randomUUID } from "node:crypto";
import { fail, ok, type Result } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import { writeTransaction, type DocumentTable, type Store, type Tx } from "../store/index.js";
import { etagOf, forbidden, loadDocument, notAllowed, stale, toView } from "./access.js";
import { appendAudit, stateHash } from "./audit.js";
import { numberText, typeAbbreviation } from "./number-text.js";
import { pickRegister, seriesKey } from "./registers.js";
import { allowedActions, hasRole, TRANSITIONS } from "./states.js";
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

/** The next number of the series: the counter row is created at 0 once, then incremented under its row lock. */
async function nextNumber(tx: Tx, registerId: string, key: string): Promise<number> {
  await tx.insertInto("register_counters").values({ register_id: registerId, series_key: key, last_number: 0 })
    .onConflict((oc) => oc.columns(["register_id", "series_key"]).doNothing()).execute();
  const row = await tx.updateTable("register_counters").set((eb) => ({ last_number: eb("last_number", "+", 1) }))
    .where("register_id", "=", registerId).where("series_key", "=", key).returning("last_number").executeTakeFirstOrThrow();
  return Number(row.last_number);
}

/**
 * Gives the document the next number of its unit's register (or the one named) and today's Vietnamese
 * date. Nothing is visible until the transaction commits: a crash leaves either all (counter, entry,
 * document, history, audit) or nothing, so the series has no gap and no duplicate.
 */
export async function numberDocument(store: Store, actor: Actor, id: string, o: NumberOptions = {}): Promise<Result<DocumentView>> {
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, id, true);
    if (!found.ok) return found;
    const row = found.value;
    const state = row.state as State;
    if (!hasRole(actor, TRANSITIONS.number.roles)) return fail([forbidden("number", TRANSITIONS.number.roles)]);
    if (!TRANSITIONS.number.from.includes(state)) return fail([notAllowed("number", state, allowedActions(state, actor))]);
    if (o.etag !== undefined && o.etag !== row.etag) return fail([stale(o.etag, row.etag, Number(row.revision))]);
    const reg = await pickRegister(tx, actor.unitId, o.registerId);
    if (!reg.ok) return fail(reg.issues);
    const at = o.now ?? new Date();
    const day = vietnamDate(at).iso;
    const key = seriesKey(reg.value, at);
    const n = await nextNumber(tx, reg.value.id, key);
    const unit = await tx.selectFrom("units").selectAll().where("id", "=", actor.unitId).executeTakeFirstOrThrow();
    const record: Record<string, unknown> = { ...(JSON.parse(row.record) as Record<string, unknown>), number: n, date: day };
    const entry = entryFields(row, record, o.entry);
    const text = numberText(n, {
      profile: row.profile ?? unit.profile, type: typeAbbreviation(entry.kindTitle),
      symbol: str(field(record.issuer, "symbol")) ?? unit.symbol ?? unit.code,
    });
    const recordText = JSON.stringify(record);
    const revision = Number(row.revision) + 1;
    const updated = {
      ...row, state: "numbered", record: recordText, revision, etag: etagOf(revision, recordText), number: n, number_text: text,
      register_id: reg.value.id, issued_date: day, updated_at: at.toISOString(),
    };
    const { id: _id, ...changes } = updated;
    await tx.updateTable("documents").set(changes).where("id", "=", id).execute();
    await tx.insertInto("register_entries").values({
      id: randomUUID(), register_id: reg.value.id, series_key: key, number: n, number_text: text, document_id: id, issued_date: day,
      kind_title: entry.kindTitle, summary: entry.summary, signer: entry.signer || null, recipients: entry.recipients || null,
      archive: entry.archive || null, copies: entry.copies, sent_date: null, received_by: null, note: null, created_at: at.toISOString(),
    }).execute();
    await tx.insertInto("document_history").values({
      id: randomUUID(), document_id: id, action: "number", from_state: state, to_state: "numbered", user_id: actor.userId,
      comment: o.comment ?? null, revision, at: at.toISOString(),
    }).execute();
    await appendAudit(tx, store.dialect, {
      at, userId: actor.userId, unitId: actor.unitId, action: "number", documentId: id,
      beforeHash: stateHash({ state, revision: Number(row.revision), record: row.record }),
      afterHash: stateHash({ state: "numbered", revision, record: recordText }),
      detail: { register: reg.value.id, series: key, number: n, numberText: text, date: day },
    });
    return ok(toView(updated, actor));
  });
}
