// The register's numbers: 01…N once each under concurrency (separate connections), Vietnam's year, revoke keeps the number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { addUnit, addUser, actorForUser, getDocument, performAction, registerEntries, listRegisters, createDocument, verifyAudit } from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";
import { decision, makeWorld, walk, type World } from "./setup.js";

async function seriesOf(store: Store, registerId: string) {
  return store.db.selectFrom("register_entries").select(["number", "number_text", "document_id", "series_key", "issued_date", "note"])
    .where("register_id", "=", registerId).orderBy("number").execute();
}

function numbering(open: () => Promise<TestStore>, connections: number, perPool: number) {
  let t: TestStore;
  let w: World;
  let registerId: string;
  beforeAll(async () => {
    t = await open();
    w = await makeWorld(t.store);
    registerId = (await listRegisters(t.store, w.registrar)).find((r) => r.isDefault)!.id;
  });
  afterAll(() => t.cleanup());

  it("200 concurrent numbers through separate connections: 01…200 once each, every document numbered", async () => {
    const ids = await Promise.all(Array.from({ length: 200 }, () => walk(w, ["submit", "approve"])));
    const stores = await Promise.all(Array.from({ length: connections }, () => openStore({ ...t.options, poolSize: perPool })));
    try {
      const now = new Date("2026-05-04T03:00:00Z");
      const results = await Promise.all(ids.map((id, i) => import("../../src/workflow/index.js").then((m) => m.performAction(stores[i % connections]!, w.registrar, id, "number", { now }))));
      expect(results.filter((r) => !r.ok).map((r) => r.issues)).toEqual([]);
      const numbers = results.map((r) => (r.ok ? r.value.number : 0)).sort((a, b) => a! - b!);
      expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      const entries = await seriesOf(t.store, registerId);
      expect(entries.map((e) => Number(e.number))).toEqual(numbers);
      expect(new Set(entries.map((e) => e.document_id)).size).toBe(200);
      expect(entries[0]).toMatchObject({ number_text: "01/QĐ-UBND", series_key: "2026", issued_date: "2026-05-04" });
      expect(entries[199]?.number_text).toBe("200/QĐ-UBND");
      for (const e of entries.slice(0, 20)) {
        const doc = await getDocument(t.store, w.registrar, e.document_id);
        expect(doc.ok && doc.value).toMatchObject({ state: "numbered", number: Number(e.number), numberText: e.number_text, issuedDate: "2026-05-04" });
        expect(doc.ok && doc.value.record).toMatchObject({ number: Number(e.number), date: "2026-05-04" });
      }
      const counter = await t.store.db.selectFrom("register_counters").selectAll().where("register_id", "=", registerId).execute();
      expect(counter.map((c) => [c.series_key, Number(c.last_number)])).toEqual([["2026", 200]]);
      expect(await verifyAudit(t.store)).toEqual({ entries: expect.any(Number) });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("a group of concurrent requests: refused ones, repeats and a failing one cost the others nothing", async () => {
    const now = new Date("2026-06-01T02:00:00Z");
    const good = await Promise.all(Array.from({ length: 6 }, () => walk(w, ["submit", "approve"])));
    const draftOnly = await walk(w, []);
    const bad = await walk(w, ["submit", "approve"]);
    await t.store.db.insertInto("register_entries").values({
      id: "stray-group", register_id: registerId, series_key: "y", number: 1, number_text: "y", document_id: bad, issued_date: "2026-06-01",
      kind_title: "y", summary: "y", signer: null, recipients: null, archive: null, copies: null, sent_date: null, received_by: null, note: null, created_at: "y",
    }).execute();
    const calls = [...good, good[0]!, draftOnly, bad].map((id) => performAction(t.store, w.registrar, id, "number", { now }).catch((e: unknown) => e));
    const answers = await Promise.all(calls);
    const numbered = answers.slice(0, 6).map((a) => (a as { ok: boolean; value: { number: number } }).value.number).sort((a, b) => a - b);
    expect(numbered).toEqual([201, 202, 203, 204, 205, 206]);
    expect(answers[6]).toMatchObject({ ok: false, issues: [{ code: "action_not_allowed", params: { state: "numbered" } }] });
    expect(answers[7]).toMatchObject({ ok: false, issues: [{ code: "action_not_allowed", params: { state: "draft" } }] });
    expect(answers[8]).toBeInstanceOf(Error);
    const entries = await seriesOf(t.store, registerId);
    expect(entries.filter((e) => e.series_key === "2026").map((e) => Number(e.number))).toEqual(Array.from({ length: 206 }, (_, i) => i + 1));
    expect(await verifyAudit(t.store)).toEqual({ entries: expect.any(Number) });
  });

  it("06:30 on 1 January in Hà Nội (23:30 UTC the day before) opens the new year's series with 01", async () => {
    const late = await walk(w, ["submit", "approve"]);
    const first = await walk(w, ["submit", "approve"]);
    const r1 = await performAction(t.store, w.registrar, late, "number", { now: new Date("2026-12-31T16:59:59Z") });
    const r2 = await performAction(t.store, w.registrar, first, "number", { now: new Date("2026-12-31T23:30:00Z") });
    expect(r1.ok && [r1.value.issuedDate, r1.value.numberText]).toEqual(["2026-12-31", "207/QĐ-UBND"]);
    expect(r2.ok && [r2.value.issuedDate, r2.value.numberText, r2.value.record.date]).toEqual(["2027-01-01", "01/QĐ-UBND", "2027-01-01"]);
    const rows = await registerEntries(t.store, w.registrar, registerId, { year: 2027 });
    expect(rows.ok && rows.value).toEqual([
      expect.objectContaining({ number: 1, numberText: "01/QĐ-UBND", date: "01/01/2027", typeAndSummary: expect.stringMatching(/^Quyết định luân chuyển cán bộ/), note: "" }),
    ]);
  });

  it("a revoked document keeps its number with the reason in Ghi chú; the next document gets the next number", async () => {
    const now = new Date("2027-02-10T02:00:00Z");
    const id = await walk(w, ["submit", "approve", "number", "issue"], { now });
    const r = await performAction(t.store, w.registrar, id, "revoke", { comment: "Ban hành sai thẩm quyền.", now });
    expect(r.ok && r.value).toMatchObject({ state: "revoked", number: 2, numberText: "02/QĐ-UBND" });
    const next = await walk(w, ["submit", "approve", "number"], { now });
    const doc = await getDocument(t.store, w.registrar, next);
    expect(doc.ok && doc.value.number).toBe(3);
    const rows = await registerEntries(t.store, w.registrar, registerId, { year: 2027 });
    expect(rows.ok && rows.value.map((x) => [x.numberText, x.note])).toEqual([
      ["01/QĐ-UBND", ""], ["02/QĐ-UBND", "Thu hồi ngày 10/02/2027: Ban hành sai thẩm quyền."], ["03/QĐ-UBND", ""],
    ]);
  });

  it("a numbering that fails halfway leaves no trace: the counter does not move", async () => {
    const id = await walk(w, ["submit", "approve"]);
    // A stray entry for this document makes the entry insert fail after the counter was incremented.
    await t.store.db.insertInto("register_entries").values({
      id: "stray", register_id: registerId, series_key: "x", number: 1, number_text: "x", document_id: id, issued_date: "2027-01-01",
      kind_title: "x", summary: "x", signer: null, recipients: null, archive: null, copies: null, sent_date: null, received_by: null, note: null, created_at: "x",
    }).execute();
    await expect(performAction(t.store, w.registrar, id, "number", { now: new Date("2027-03-01T02:00:00Z") })).rejects.toThrow();
    const counter = await t.store.db.selectFrom("register_counters").select("last_number").where("series_key", "=", "2027").executeTakeFirstOrThrow();
    expect(Number(counter.last_number)).toBe(3);
    const doc = await getDocument(t.store, w.registrar, id);
    expect(doc.ok && doc.value.state).toBe("approved");
  });

  it("a Party unit numbers per term as 01-QĐ/TU", async () => {
    const by = { userId: "cli:test", unitId: null };
    await addUnit(t.store, by, { code: "TU-TH", name: "Tỉnh ủy Thanh Hóa", profile: "party", symbol: "TU" });
    const u = await addUser(t.store, by, { username: "vanthu-tu", unitCode: "TU-TH", role: "registrar", password: "x" });
    const d = await addUser(t.store, by, { username: "cv-tu", unitCode: "TU-TH", role: "drafter", password: "x" });
    await addUser(t.store, by, { username: "cv-tu", unitCode: "TU-TH", role: "approver", password: "x" });
    if (!u.ok || !d.ok) throw new Error("users");
    const reg = (await actorForUser(t.store, u.value.id))!;
    const cv = (await actorForUser(t.store, d.value.id))!;
    expect([...cv.roles].sort()).toEqual(["approver", "drafter"]);
    const created = await createDocument(t.store, cv, { kind: "rotation-decision", record: { ...decision(), profile: "party", issuer: { name: "TỈNH ỦY THANH HÓA", symbol: "TU", place: "Thanh Hóa" } }, profile: "party" });
    if (!created.ok) throw new Error("create");
    for (const [a, who] of [["submit", cv], ["approve", cv], ["number", reg]] as const) {
      const r = await performAction(t.store, who, created.value.id, a, { now: new Date("2027-04-01T02:00:00Z") });
      expect(r.ok, JSON.stringify(r.issues)).toBe(true);
    }
    const doc = await getDocument(t.store, reg, created.value.id);
    expect(doc.ok && doc.value.numberText).toBe("01-QĐ/TU");
    const regs = await listRegisters(t.store, reg);
    expect(regs).toMatchObject([{ period: "term", termStart: expect.stringMatching(/^\d{4}-01-01$/), isDefault: true }]);
  });
}

// SQLite: two connections to one file (two stores), 100 calls each; PostgreSQL: five pools of 20 connections.
describe("numbering on SQLite", () => numbering(() => sqliteStore(), 2, 1));
describePg("numbering on PostgreSQL", (url) => numbering(() => pgStore(url), 5, 20));
