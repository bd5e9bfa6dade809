// Security of the API: units see only their documents (404), roles (403), the CSRF header, login lockout, hostile ids, sessions, idempotency keys.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harness, login, tokenFor, unit, user, type Harness } from "./harness.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
let clock = new Date("2026-03-02T02:00:00Z");
let h: Harness;
let drafter: Record<string, string>;
let other: Record<string, string>;
let id: string;

beforeAll(async () => {
  h = await harness({ now: () => clock, auth: { maxFailures: 3, lockMs: 15 * 60_000, idleMs: 60 * 60_000 } });
  await unit(h.store, "TH");
  await unit(h.store, "NA");
  await user(h.store, "TH", "chuyenvien", "drafter");
  await user(h.store, "TH", "khoa", "drafter");
  await user(h.store, "NA", "khac", "approver");
  drafter = await login(h.app, "chuyenvien");
  other = await login(h.app, "khac");
  const created = await h.app.inject({ method: "POST", url: "/api/documents", headers: drafter, payload: { record } });
  expect(created.statusCode, created.body).toBe(201);
  id = created.json().id;
});
afterAll(() => h.close());

describe("units and roles", () => {
  it("answers 404 to another unit for read, edit, action, file and audit, as for a document that does not exist", async () => {
    const calls = [
      { method: "GET", url: `/api/documents/${id}` },
      { method: "PUT", url: `/api/documents/${id}`, payload: { record }, headers: { "if-match": "\"1-x\"" } },
      { method: "POST", url: `/api/documents/${id}/actions/approve`, payload: {} },
      { method: "GET", url: `/api/documents/${id}/files/pdf` },
      { method: "GET", url: `/api/audit?document=${id}` },
    ] as const;
    for (const c of calls) {
      const res = await h.app.inject({ ...c, headers: { ...other, ...("headers" in c ? c.headers : {}) } });
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(404);
      expect(res.json().issues[0].code).toBe("not_found");
    }
    const missing = await h.app.inject({ method: "GET", url: "/api/documents/00000000-0000-4000-8000-000000000000", headers: other });
    expect(missing.json().message.replace(/"[^"]+"/, "ID")).toBe((await h.app.inject({ method: "GET", url: `/api/documents/${id}`, headers: other })).json().message.replace(/"[^"]+"/, "ID"));
  });

  it("answers 403 to a drafter who approves, 409 with the allowed actions to a step not allowed now", async () => {
    const approve = await h.app.inject({ method: "POST", url: `/api/documents/${id}/actions/approve`, headers: drafter, payload: {} });
    expect(approve.statusCode).toBe(403);
    expect(approve.json().message).toMatch(/không có quyền duyệt/);
    const issue = await h.app.inject({ method: "POST", url: `/api/documents/${id}/actions/cancel`, headers: { ...drafter }, payload: {} });
    expect(issue.statusCode).toBe(200);
    const again = await h.app.inject({ method: "POST", url: `/api/documents/${id}/actions/submit`, headers: drafter, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ allowedActions: [] });
    expect(again.json().message).toMatch(/trạng thái "đã hủy"/);
  });
});

describe("CSRF and bearer tokens", () => {
  it("refuses a cookie write without X-Requested-With: cadre-docs (403), and lets a bearer token write without it", async () => {
    const { "x-requested-with": _x, ...cookieOnly } = drafter;
    const res = await h.app.inject({ method: "POST", url: "/api/documents", headers: cookieOnly, payload: { record } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/X-Requested-With: cadre-docs/);
    expect((await h.app.inject({ method: "GET", url: "/api/documents", headers: cookieOnly })).statusCode).toBe(200);
    const token = await tokenFor(h.store, "TH", "drafter");
    expect((await h.app.inject({ method: "POST", url: "/api/documents", headers: token, payload: { record } })).statusCode).toBe(201);
  });
});

describe("login and sessions", () => {
  it("sets an HttpOnly, SameSite=Strict cookie and answers 401 in Vietnamese to a wrong password", async () => {
    const res = await h.app.inject({ method: "POST", url: "/api/session", payload: { username: "chuyenvien", password: "mat-khau-thu-nghiem" } });
    const cookie = res.cookies.find((c) => c.name === "cadre_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const bad = await h.app.inject({ method: "POST", url: "/api/session", payload: { username: "chuyenvien", password: "sai" } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().message).toMatch(/Chưa đăng nhập|không đúng/);
  });

  it("locks a user out from an address after N wrong passwords, even with the right one, until the window passes", async () => {
    for (let i = 0; i < 3; i++) expect((await h.app.inject({ method: "POST", url: "/api/session", payload: { username: "khoa", password: `sai-${i}` } })).statusCode).toBe(401);
    const locked = await h.app.inject({ method: "POST", url: "/api/session", payload: { username: "khoa", password: "mat-khau-thu-nghiem" } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message).toMatch(/tạm thời bị khóa trong 15 phút/);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await h.app.inject({ method: "POST", url: "/api/session", payload: { username: "khoa", password: "mat-khau-thu-nghiem" } })).statusCode).toBe(200);
  });

  it("ends a session after its idle time and at logout", async () => {
    const s = await login(h.app, "chuyenvien");
    expect((await h.app.inject({ method: "GET", url: "/api/session", headers: s })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await h.app.inject({ method: "GET", url: "/api/session", headers: s })).statusCode).toBe(401);
    const t = await login(h.app, "chuyenvien");
    expect((await h.app.inject({ method: "DELETE", url: "/api/session", headers: t })).statusCode).toBe(204);
    expect((await h.app.inject({ method: "GET", url: "/api/session", headers: t })).statusCode).toBe(401);
  });
});

describe("hostile ids", () => {
  it("answers 400 or 404 to ids with ../ or SQL, and nothing else happens", async () => {
    const urls = [
      "/api/documents/..%2F..%2Fdata%2Fcadre.db",
      "/api/documents/1'%20OR%20'1'%3D'1",
      `/api/documents/${id}%27%3B%20DROP%20TABLE%20documents%3B--`,
      `/api/documents/${id}/files/..%2F..%2Fetc%2Fpasswd`,
      "/api/registers/x'%20UNION%20SELECT%20*%20FROM%20users--/entries",
      "/api/kinds/..%2F..%2Fpackage.json/schema",
    ];
    drafter = await login(h.app, "chuyenvien");
    for (const url of urls) {
      const res = await h.app.inject({ method: "GET", url, headers: drafter });
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.json().message).toMatch(/^Lỗi: /);
    }
    expect((await h.app.inject({ method: "GET", url: `/api/documents/${id}`, headers: drafter })).statusCode).toBe(200);
  });
});

describe("Idempotency-Key", () => {
  it("gives the same answer to the same key and body, one document only; another body under the key is refused", async () => {
    drafter = await login(h.app, "chuyenvien");
    const send = (payload: object) => h.app.inject({ method: "POST", url: "/api/documents", headers: { ...drafter, "idempotency-key": "tao-1" }, payload });
    const before = (await h.app.inject({ method: "GET", url: "/api/documents", headers: drafter })).json().total;
    const [a, b] = await Promise.all([send({ record }), send({ record })]);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    const c = await send({ record });
    expect(c.json().id).toBe(a.json().id);
    expect(c.headers["idempotent-replayed"]).toBe("true");
    expect((await h.app.inject({ method: "GET", url: "/api/documents", headers: drafter })).json().total).toBe(before + 1);
    const other = await send({ record: { ...record, proposer: "Giám đốc Sở Tài chính" } });
    expect(other.statusCode).toBe(422);
    expect(other.json().issues[0].code).toBe("idempotency_key_conflict");
  });
});
