// An admin's scope over both databases: their unit and every unit below it (any depth), never one above or beside; the changes audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/index.js";
import {
  addToken, addUnit, addUser, adminScope, listTokens, listUnits, listUsers, revokeToken, setUserLocked, setUserRoles, unitsBelow, verifyAudit, type Actor,
} from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";

const CLI = { userId: "cli:test", unitId: null };

function suite(open: () => Promise<TestStore>): void {
  let t: TestStore;
  let store: Store;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await open();
    store = t.store;
    for (const [code, parentCode] of [["TINH", null], ["SNV", "TINH"], ["PTC", "SNV"], ["HUYEN", "TINH"], ["KHAC", null]] as const) {
      const r = await addUnit(store, CLI, { code, name: `Đơn vị ${code}`, parentCode });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      ids[code] = r.value.id;
    }
    for (const [name, unitCode, role] of [["qt-snv", "SNV", "admin"], ["cv-ptc", "PTC", "drafter"], ["cv-tinh", "TINH", "drafter"], ["cv-khac", "KHAC", "drafter"]] as const) {
      const r = await addUser(store, CLI, { username: name, unitCode, role, password: "mat-khau-thu-nghiem" });
      if (!r.ok) throw new Error("user");
      ids[name] = r.value.id;
    }
  }, 60_000);
  afterAll(() => t.cleanup());
  const admin = (): Actor => ({ userId: ids["qt-snv"]!, unitId: ids.SNV!, roles: ["admin"] });

  // The unit above the admin's own is outside the scope: not even its code is shown.
  it("reaches every depth below the admin's unit and nothing above or beside", async () => {
    const scope = await adminScope(store, admin());
    if (!scope.ok) throw new Error("scope");
    expect(listUnits(scope.value).map((u) => [u.code, u.parentCode])).toEqual([["SNV", null], ["PTC", "SNV"]]);
    expect((await listUsers(store, scope.value)).map((u) => u.username)).toEqual(["cv-ptc", "qt-snv"]);
    const all = await store.db.selectFrom("units").selectAll().execute();
    expect(unitsBelow(all, ids.TINH!).map((u) => u.code)).toEqual(["TINH", "HUYEN", "SNV", "PTC"]);
    expect((await adminScope(store, { ...admin(), roles: ["drafter"] })).issues[0]?.code).toBe("admin_required");
  });

  it("changes roles and locks within the scope only, and revokes the scope's tokens; the audit chain holds", async () => {
    const scope = await adminScope(store, admin());
    if (!scope.ok) throw new Error("scope");
    expect(await setUserRoles(store, scope.value, ids["cv-ptc"]!, ["registrar", "drafter"])).toMatchObject({ ok: true, value: { roles: ["drafter", "registrar"] } });
    expect((await setUserLocked(store, scope.value, ids["cv-tinh"]!, true)).issues[0]).toMatchObject({ code: "not_found" });
    expect((await setUserLocked(store, scope.value, ids["cv-khac"]!, true)).issues[0]).toMatchObject({ code: "not_found" });
    expect((await setUserLocked(store, scope.value, ids["qt-snv"]!, true)).issues[0]).toMatchObject({ code: "admin_self_change" });
    const mine = await addToken(store, CLI, { unitCode: "PTC", role: "drafter" });
    const other = await addToken(store, CLI, { unitCode: "HUYEN", role: "drafter" });
    if (!mine.ok || !other.ok) throw new Error("token");
    expect((await listTokens(store, scope.value)).map((x) => x.id)).toEqual([mine.value.id]);
    expect((await revokeToken(store, scope.value, other.value.id)).issues[0]).toMatchObject({ code: "not_found" });
    expect((await revokeToken(store, scope.value, mine.value.id)).ok).toBe(true);
    expect((await verifyAudit(store)).broken).toBeUndefined();
  });
}

describe("admin scope on SQLite", () => suite(() => sqliteStore()));
describePg("admin scope on PostgreSQL", (url) => suite(() => pgStore(url)));
