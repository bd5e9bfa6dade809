// Registers (sổ đăng ký văn bản đi) of a unit: configuration, series keys, and the entries as Phụ lục IV rows.
import { randomUUID } from "node:crypto";
import { fail, issue, ok, type Result } from "../core/index.js";
import type { RegisterTable, Store, Tx } from "../store/index.js";
import type { Actor } from "./types.js";
import { vietnamDate } from "./vn-time.js";

export interface RegisterConfig {
  name: string;
  /** The series within the body (văn bản hành chính, văn bản quy phạm pháp luật, a Party document type…). */
  series?: string;
  /** `year`: 01 on 1 January (state bodies); `term`: within the committee's term (Party). */
  period?: "year" | "term";
  /** ISO date the current term started (period `term`). */
  termStart?: string | null;
  isDefault?: boolean;
}

/** The series a number belongs to: the Vietnamese calendar year, or the term. */
export function seriesKey(reg: Pick<RegisterTable, "period" | "term_start">, at: Date): string {
  return reg.period === "term" ? `term:${reg.term_start ?? ""}` : String(vietnamDate(at).year);
}

/** A unit's default register: administrative documents by calendar year (nd30), by term (party). */
export const defaultRegisterConfig = (profile: string, at: Date): RegisterConfig =>
  profile === "party"
    ? { name: "Sổ đăng ký văn bản đi", series: "văn bản của cấp ủy", period: "term", termStart: `${vietnamDate(at).year}-01-01`, isDefault: true }
    : { name: "Sổ đăng ký văn bản đi", series: "văn bản hành chính", period: "year", isDefault: true };

export async function insertRegister(tx: Tx, unitId: string, c: RegisterConfig, at: Date): Promise<string> {
  const id = randomUUID();
  if (c.isDefault) await tx.updateTable("registers").set({ is_default: 0 }).where("unit_id", "=", unitId).execute();
  await tx.insertInto("registers").values({
    id, unit_id: unitId, name: c.name, series: c.series ?? c.name, period: c.period ?? "year",
    term_start: c.period === "term" ? (c.termStart ?? `${vietnamDate(at).year}-01-01`) : null, is_default: c.isDefault ? 1 : 0, created_at: at.toISOString(),
  }).execute();
  return id;
}

/** The register named by the registrar (must be the unit's), else the unit's default one. */
export async function pickRegister(tx: Tx, unitId: string, registerId?: string): Promise<Result<RegisterTable>> {
  let q = tx.selectFrom("registers").selectAll().where("unit_id", "=", unitId);
  q = registerId ? q.where("id", "=", registerId) : q.where("is_default", "=", 1);
  const row = await q.executeTakeFirst();
  if (row) return ok(row);
  return fail([registerId ? issue("not_found", ["register"], { what: "register", id: registerId }) : issue("no_register", [], { unit: unitId })]);
}

export interface RegisterView {
  id: string;
  name: string;
  series: string;
  period: "year" | "term";
  termStart: string | null;
  isDefault: boolean;
}

export async function listRegisters(store: Store, actor: Actor): Promise<RegisterView[]> {
  const rows = await store.db.selectFrom("registers").selectAll().where("unit_id", "=", actor.unitId).orderBy("created_at").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, series: r.series, period: r.period, termStart: r.term_start, isDefault: Number(r.is_default) === 1 }));
}

/** Phụ lục IV, Sổ đăng ký văn bản đi: the printed columns, in order, with their Vietnamese headings. */
export const REGISTER_COLUMNS = [
  { key: "numberText", title: "Số, ký hiệu văn bản" },
  { key: "date", title: "Ngày tháng văn bản" },
  { key: "typeAndSummary", title: "Tên loại và trích yếu nội dung văn bản" },
  { key: "signer", title: "Người ký" },
  { key: "recipients", title: "Nơi nhận văn bản" },
  { key: "archive", title: "Đơn vị, người nhận bản lưu" },
  { key: "copies", title: "Số lượng bản" },
  { key: "sentDate", title: "Ngày chuyển" },
  { key: "receivedBy", title: "Ký nhận" },
  { key: "note", title: "Ghi chú" },
] as const;
export type RegisterRow = { [C in (typeof REGISTER_COLUMNS)[number]["key"]]: string } & { number: number; documentId: string };

const dmy = (iso: string | null): string => (iso ? iso.split("-").reverse().join("/") : "");

/** Any role of the unit reads its registers. The entries of one series in number order, as the printed register shows them (dates dd/mm/yyyy). */
export async function registerEntries(store: Store, actor: Actor, registerId: string, o: { year?: number } = {}): Promise<Result<RegisterRow[]>> {
  const reg = await store.db.selectFrom("registers").selectAll().where("id", "=", registerId).where("unit_id", "=", actor.unitId).executeTakeFirst();
  if (!reg) return fail([issue("not_found", [], { what: "register", id: registerId })]);
  let q = store.db.selectFrom("register_entries").selectAll().where("register_id", "=", registerId);
  if (o.year !== undefined) q = q.where("issued_date", "like", `${o.year}-%`);
  const rows = await q.orderBy("series_key").orderBy("number").execute();
  return ok(rows.map((e) => ({
    number: Number(e.number), documentId: e.document_id, numberText: e.number_text, date: dmy(e.issued_date),
    typeAndSummary: [e.kind_title, e.summary].filter(Boolean).join(": "), signer: e.signer ?? "", recipients: e.recipients ?? "",
    archive: e.archive ?? "", copies: e.copies === null ? "" : String(e.copies), sentDate: dmy(e.sent_date), receivedBy: e.received_by ?? "", note: e.note ?? "",
  })));
}
