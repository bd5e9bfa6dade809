// Logins and tokens: every attempt kept and audited, failures counted for the lockout, disabled users refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForToken, addToken, addUnit, addUser, authenticate, failedLogins, verifyAudit, hashPassword, verifyPassword } from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";

const by = { userId: "cli:test", unitId: null };

function accounts(open: () => Promise<TestStore>) {
  let t: TestStore;
  beforeAll(async () => {
    t = await open();
    await addUnit(t.store, by, { code: "UBND-TH", name: "Ủy ban nhân dân tỉnh Thanh Hóa" });
    await addUser(t.store, by, { username: "lanhdao", unitCode: "UBND-TH", role: "approver", password: "Mật khẩu đúng" });
  });
  afterAll(() => t.cleanup());

  it("logs in with the right password only, and counts failures per user and per address", async () => {
    const since = new Date(Date.now() - 1000);
    const good = await authenticate(t.store, "lanhdao", "Mật khẩu đúng", { address: "10.0.0.1" });
    expect(good.ok && good.value).toMatchObject({ username: "lanhdao", roles: ["approver"] });
    for (const [u, a] of [["lanhdao", "10.0.0.2"], ["lanhdao", "10.0.0.2"], ["khongco", "10.0.0.3"]] as const) {
      const bad = await authenticate(t.store, u, "sai", { address: a });
      expect(bad).toEqual({ ok: false, issues: [{ code: "unauthenticated", path: [], params: {}, severity: "error" }] });
    }
    expect(await failedLogins(t.store, since, { username: "lanhdao" })).toBe(2);
    expect(await failedLogins(t.store, since, { username: "lanhdao", address: "10.0.0.1" })).toBe(0);
    expect(await failedLogins(t.store, since, { address: "10.0.0.3" })).toBe(1);
    expect(await failedLogins(t.store, new Date(Date.now() + 60_000), { username: "lanhdao" })).toBe(0);
    const audit = await t.store.db.selectFrom("audit_log").select(["action", "detail"]).where("action", "like", "login%").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["login", "login_failed", "login_failed", "login_failed"]);
    expect(JSON.parse(audit[3]!.detail)).toEqual({ username: "khongco", address: "10.0.0.3" });
  });

  it("refuses a disabled user even with the right password", async () => {
    await t.store.db.updateTable("users").set({ disabled: 1 }).where("username", "=", "lanhdao").execute();
    expect((await authenticate(t.store, "lanhdao", "Mật khẩu đúng", { address: "10.0.0.1" })).ok).toBe(false);
    await t.store.db.updateTable("users").set({ disabled: 0 }).where("username", "=", "lanhdao").execute();
  });

  it("finds a token's actor and nothing for a revoked or unknown token", async () => {
    const made = await addToken(t.store, by, { unitCode: "UBND-TH", role: "registrar", name: "một cửa" });
    if (!made.ok) throw new Error("token");
    expect(made.value.token).toMatch(/^cdt_[A-Za-z0-9_-]{43}$/);
    expect(await actorForToken(t.store, made.value.token)).toMatchObject({ userId: `token:${made.value.id}`, roles: ["registrar"] });
    const stored = await t.store.db.selectFrom("api_tokens").select("token_hash").where("id", "=", made.value.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(made.value.token.slice(4));
    await t.store.db.updateTable("api_tokens").set({ revoked_at: new Date().toISOString() }).where("id", "=", made.value.id).execute();
    expect(await actorForToken(t.store, made.value.token)).toBeUndefined();
    expect(await actorForToken(t.store, "cdt_khong-co")).toBeUndefined();
    expect(await verifyAudit(t.store)).toEqual({ entries: expect.any(Number) });
  });
}

describe("passwords", () => {
  it("are salted scrypt hashes that verify only the same (NFC) password", async () => {
    const a = await hashPassword("Mật khẩu");
    const b = await hashPassword("Mật khẩu");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("Mật khẩu", a)).toBe(true);
    expect(await verifyPassword("Mật khẩu".normalize("NFD"), a)).toBe(true);
    expect(await verifyPassword("mật khẩu", a)).toBe(false);
    expect(await verifyPassword("Mật khẩu", "plain")).toBe(false);
  });
});

describe("accounts on SQLite", () => accounts(() => sqliteStore()));
describePg("accounts on PostgreSQL", (url) => accounts(() => pgStore(url)));
