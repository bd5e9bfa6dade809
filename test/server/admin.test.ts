// Quản trị over HTTP: units, users, registers and tokens of an admin's unit and the units below it; others 404, non-admins 403, bad input in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUnit } from "../../src/workflow/index.js";
import { harness, login, unit, user, type Harness } from "./harness.js";

let h: Harness;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await harness({ now: () => new Date("2026-05-04T02:00:00Z") });
  await unit(h.store, "TINH");
  const so = await addUnit(h.store, { userId: "cli:test", unitId: null }, { code: "SNV", name: "Sở Nội vụ", parentCode: "TINH" });
  if (!so.ok) throw new Error("unit");
  await unit(h.store, "HN");
  for (const [u, name, role] of [["TINH", "quantri", "admin"], ["SNV", "quantri-so", "admin"], ["TINH", "chuyenvien", "drafter"], ["HN", "quantri-hn", "admin"], ["HN", "chuyenvien-hn", "drafter"]] as const) {
    ids[name] = await user(h.store, u, name, role);
  }
  for (const name of ["quantri", "quantri-so", "chuyenvien", "quantri-hn"]) as[name] = await login(h.app, name);
}, 30_000);
afterAll(() => h.close());

const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object, extra: Record<string, string> = {}) =>
  h.app.inject({ method, url, payload, headers: { ...as[who], ...extra } });

describe("admin routes: units", () => {
  it("an admin sees their unit and the units below it, and adds a unit below one of them", async () => {
    const list = await call("quantri", "GET", "/api/admin/units");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { code: string; parentCode: string | null }) => [u.code, u.parentCode])).toEqual([["TINH", null], ["SNV", "TINH"]]);
    const added = await call("quantri", "POST", "/api/admin/units", { code: "PTCCB", name: "Phòng Tổ chức cán bộ", parent: "SNV" });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().registerId).toMatch(/^[0-9a-f-]{36}$/);
    const below = (await call("quantri-so", "GET", "/api/admin/units")).json().items.map((u: { code: string }) => u.code);
    expect(below).toEqual(["SNV", "PTCCB"]);
    const byDefault = await call("quantri-so", "POST", "/api/admin/units", { code: "PCCVC", name: "Phòng Công chức, viên chức" });
    expect(byDefault.statusCode).toBe(201);
    expect((await call("quantri-so", "GET", "/api/admin/units")).json().items.find((u: { code: string }) => u.code === "PCCVC").parentCode).toBe("SNV");
  });

  it("a unit above or beside the admin's is not found (404), a code in use is 409, both in Vietnamese", async () => {
    const above = await call("quantri-so", "POST", "/api/admin/units", { code: "X1", name: "Đơn vị X", parent: "TINH" });
    expect(above.statusCode).toBe(404);
    expect(above.json().message).toBe('Lỗi: Không tìm thấy đơn vị "TINH". Hãy kiểm tra lại mã, hoặc quyền xem của đơn vị mình.');
    expect((await call("quantri", "POST", "/api/admin/units", { code: "X2", name: "Đơn vị X", parent: "HN" })).statusCode).toBe(404);
    const again = await call("quantri", "POST", "/api/admin/units", { code: "SNV", name: "Sở Nội vụ" });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('Đơn vị "SNV" đã có');
  });

  it("a non-admin is refused with 403 on every admin route", async () => {
    for (const url of ["/api/admin/units", "/api/admin/users", "/api/admin/registers", "/api/admin/tokens", "/api/admin/keys"]) {
      const res = await call("chuyenvien", "GET", url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().message).toContain("dành cho quản trị viên");
    }
    expect((await call("chuyenvien", "POST", "/api/admin/units", { code: "X3", name: "Đơn vị X" })).statusCode).toBe(403);
  });

  it("bad input is a 400 naming the field in Vietnamese; a session write without the CSRF header is 403", async () => {
    const bad = await call("quantri", "POST", "/api/admin/units", { code: "mã có dấu", name: "", profile: "state", extra: 1 });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().issues.map((i: { path: string[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["code", "name", "profile"]));
    for (const i of bad.json().issues) expect(i.message).toMatch(/[ạảãàáâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
    const { "x-requested-with": _x, ...noCsrf } = as.quantri!;
    const forged = await h.app.inject({ method: "POST", url: "/api/admin/units", payload: { code: "X4", name: "Đơn vị X" }, headers: noCsrf });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().issues[0].code).toBe("csrf_header_missing");
  });
});

describe("admin routes: registers", () => {
  it("lists the registers of the scope and adds one; a unit elsewhere is 404, a bad period 400", async () => {
    const added = await call("quantri", "POST", "/api/admin/registers", { unit: "SNV", name: "Sổ văn bản quy phạm pháp luật", series: "văn bản quy phạm pháp luật" });
    expect(added.statusCode, added.body).toBe(201);
    const items = (await call("quantri-so", "GET", "/api/admin/registers")).json().items;
    expect(items.filter((r: { unitCode: string }) => r.unitCode === "SNV").map((r: { name: string; isDefault: boolean }) => [r.name, r.isDefault])).toEqual([
      ["Sổ đăng ký văn bản đi", true], ["Sổ văn bản quy phạm pháp luật", false],
    ]);
    expect(items.some((r: { unitCode: string }) => r.unitCode === "TINH")).toBe(false);
    expect((await call("quantri-so", "POST", "/api/admin/registers", { unit: "HN", name: "Sổ X" })).statusCode).toBe(404);
    const bad = await call("quantri", "POST", "/api/admin/registers", { unit: "SNV", name: "Sổ X", period: "month" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toEqual(["period"]);
  });
});
