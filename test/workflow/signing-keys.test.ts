// Signing keys kept per user and per unit, on SQLite and PostgreSQL: sealed bytes round-trip, a new key replaces the old, both audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUnit, addUser, getSigningKey, putSigningKey } from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";

const BY = { userId: "cli:test", unitId: null };
const key = (p12: string, owner: { user: string } | { unit: string }) => ({
  owner, p12: Buffer.from(p12), password: "mật khẩu", image: Buffer.from([0x89, 0x50, 0x4e, 0x47]), subject: "Bùi Thanh Tùng", validTo: "2027-01-01T00:00:00.000Z", certSha256: "ab".repeat(32),
});

function keysOn(open: () => Promise<TestStore>) {
  let t: TestStore;
  let ids: { user: string; unit: string };
  beforeAll(async () => {
    t = await open();
    const unit = await addUnit(t.store, BY, { code: "TH", name: "Ủy ban nhân dân tỉnh Thanh Hóa" });
    const user = await addUser(t.store, BY, { username: "lanhdao", unitCode: "TH", role: "approver", password: "mat-khau-thu-nghiem" });
    if (!unit.ok || !user.ok) throw new Error("setup");
    ids = { user: user.value.id, unit: unit.value.id };
  });
  afterAll(() => t.cleanup());

  it("keeps a user's and a unit's key sealed and opens them again; a second key replaces the first", async () => {
    expect((await putSigningKey(t.store, BY, key("p12 cu", { user: "lanhdao" }))).ok).toBe(true);
    expect(await putSigningKey(t.store, BY, key("p12 moi", { user: "lanhdao" }))).toMatchObject({ ok: true, value: { replaced: true } });
    expect((await putSigningKey(t.store, BY, key("p12 co quan", { unit: "TH" }))).ok).toBe(true);
    const mine = await getSigningKey(t.store, { userId: ids.user });
    expect(mine).toMatchObject({ password: "mật khẩu", subject: "Bùi Thanh Tùng" });
    expect(mine!.p12.toString()).toBe("p12 moi");
    expect((await getSigningKey(t.store, { unitId: ids.unit }))!.p12.toString()).toBe("p12 co quan");
    const row = await t.store.db.selectFrom("signing_keys").selectAll().where("owner", "=", `user:${ids.user}`).executeTakeFirstOrThrow();
    expect(Buffer.from(row.p12_sealed).includes(Buffer.from("p12 moi"))).toBe(false);
    const audit = await t.store.db.selectFrom("audit_log").select("action").where("action", "like", "key_%").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["key_add", "key_replace", "key_add"]);
  });

  it("refuses an unknown user or unit and has no key for a user without one", async () => {
    expect(await putSigningKey(t.store, BY, key("x", { user: "khongco" }))).toMatchObject({ ok: false, issues: [{ code: "unknown_reference" }] });
    expect(await putSigningKey(t.store, BY, key("x", { unit: "KHONG" }))).toMatchObject({ ok: false, issues: [{ code: "unknown_reference" }] });
    expect(await getSigningKey(t.store, { userId: "khong-co" })).toBeUndefined();
  });
}

describe("signing keys on SQLite", () => keysOn(() => sqliteStore()));
describePg("signing keys on PostgreSQL", (url) => keysOn(() => pgStore(url)));
