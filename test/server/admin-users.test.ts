// Quản trị over HTTP: users (one-time password, roles, lock, new password), API tokens (shown once, revoked), signing keys; each write audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePng, sealImage, signatureImage } from "../helpers/png.js";
import { makePki } from "../sign/fixtures.js";
import { harness, login, unit, user, type Harness } from "./harness.js";

const pki = makePki();
let h: Harness;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  // The real clock: the test certificates are valid from now on.
  h = await harness();
  await unit(h.store, "TH");
  await unit(h.store, "HN");
  for (const [u, name, role] of [["TH", "quantri", "admin"], ["TH", "chuyenvien", "drafter"], ["HN", "chuyenvien-hn", "drafter"]] as const) ids[name] = await user(h.store, u, name, role);
  for (const name of ["quantri", "chuyenvien"]) as[name] = await login(h.app, name);
}, 30_000);
afterAll(() => h.close());

const call = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object, extra: Record<string, string> = {}) =>
  h.app.inject({ method, url, payload, headers: { ...as[who], ...extra } });
const loginStatus = async (username: string, password: string) => (await h.app.inject({ method: "POST", url: "/api/session", payload: { username, password } })).statusCode;

describe("admin routes: users", () => {
  it("adds a user whose one-time password logs in, shown once: a replay under the same Idempotency-Key does not repeat it", async () => {
    const key = { "idempotency-key": "them-nguoi-dung-1" };
    const added = await call("quantri", "POST", "/api/admin/users", { username: "lanhdao", unit: "TH", role: "approver", displayName: "Lê Văn Thành" }, key);
    expect(added.statusCode, added.body).toBe(201);
    const { id, password, created } = added.json();
    expect(created).toBe(true);
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await loginStatus("lanhdao", password)).toBe(200);
    const replay = await call("quantri", "POST", "/api/admin/users", { username: "lanhdao", unit: "TH", role: "approver", displayName: "Lê Văn Thành" }, key);
    expect(replay.json()).toMatchObject({ id, password: null, shownOnce: true });
    const kept = await h.store.db.selectFrom("idempotency_keys").select("body").execute();
    expect(kept.map((k) => k.body).join()).not.toContain(password);
    const listed = (await call("quantri", "GET", "/api/admin/users")).json().items.find((u: { username: string }) => u.username === "lanhdao");
    expect(listed).toMatchObject({ displayName: "Lê Văn Thành", unitCode: "TH", roles: ["approver"], locked: false });
    expect((await call("quantri", "GET", "/api/admin/users")).json().items.map((u: { username: string }) => u.username)).not.toContain("chuyenvien-hn");
  });

  it("changes roles, locks (open sessions end) and unlocks, and gives a new password that replaces the old one", async () => {
    const roles = await call("quantri", "PUT", `/api/admin/users/${ids.chuyenvien}/roles`, { roles: ["drafter", "registrar"] });
    expect(roles.json()).toEqual({ roles: ["drafter", "registrar"] });
    expect((await call("chuyenvien", "GET", "/api/session")).json()).toMatchObject({ username: "chuyenvien", roles: ["drafter", "registrar"] });
    expect((await call("quantri", "POST", `/api/admin/users/${ids.chuyenvien}/lock`)).json()).toEqual({ locked: true });
    expect((await call("chuyenvien", "GET", "/api/session")).statusCode).toBe(401);
    expect(await loginStatus("chuyenvien", "mat-khau-thu-nghiem")).toBe(401);
    expect((await call("quantri", "POST", `/api/admin/users/${ids.chuyenvien}/unlock`)).json()).toEqual({ locked: false });
    expect(await loginStatus("chuyenvien", "mat-khau-thu-nghiem")).toBe(200);
    const reset = await call("quantri", "POST", `/api/admin/users/${ids.chuyenvien}/password`);
    expect(await loginStatus("chuyenvien", "mat-khau-thu-nghiem")).toBe(401);
    expect(await loginStatus("chuyenvien", reset.json().password)).toBe(200);
    as.chuyenvien = await login(h.app, "chuyenvien", reset.json().password);
  });

  it("refuses: another unit's user 404, locking oneself or dropping one's own admin role 409, a drafter 403, bad input 400", async () => {
    for (const url of [`/api/admin/users/${ids["chuyenvien-hn"]}/lock`, `/api/admin/users/${ids["chuyenvien-hn"]}/password`]) expect((await call("quantri", "POST", url)).statusCode).toBe(404);
    expect((await call("quantri", "POST", "/api/admin/users", { username: "moi", unit: "HN", role: "drafter" })).statusCode).toBe(404);
    const self = await call("quantri", "POST", `/api/admin/users/${ids.quantri}/lock`);
    expect(self.statusCode).toBe(409);
    expect(self.json().message).toContain("không thể tự khóa tài khoản của mình");
    expect((await call("quantri", "PUT", `/api/admin/users/${ids.quantri}/roles`, { roles: ["drafter"] })).json().message).toContain("tự bỏ vai trò quản trị");
    expect((await call("chuyenvien", "POST", `/api/admin/users/${ids.quantri}/lock`)).statusCode).toBe(403);
    const bad = await call("quantri", "POST", "/api/admin/users", { username: "Tên Có Dấu", unit: "TH", role: "boss" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string[] }) => i.path[0])).toEqual(["username", "role"]);
    expect(bad.json().issues[1].message).toContain("drafter");
    const taken = await call("quantri", "POST", "/api/admin/users", { username: "chuyenvien-hn", unit: "TH", role: "drafter" });
    expect(taken.statusCode).toBe(409);
  });
});

describe("admin routes: API tokens", () => {
  it("gives a token once; it works until revoked; a replay does not repeat it", async () => {
    const key = { "idempotency-key": "ma-truy-cap-1" };
    const added = await call("quantri", "POST", "/api/admin/tokens", { unit: "TH", role: "registrar", name: "Hệ thống một cửa" }, key);
    expect(added.statusCode, added.body).toBe(201);
    const { id, token } = added.json();
    expect(token).toMatch(/^cdt_/);
    expect((await call("quantri", "POST", "/api/admin/tokens", { unit: "TH", role: "registrar", name: "Hệ thống một cửa" }, key)).json()).toEqual({ id, token: null, shownOnce: true });
    expect((await h.store.db.selectFrom("idempotency_keys").select("body").execute()).map((k) => k.body).join()).not.toContain(token);
    const listed = (await call("quantri", "GET", "/api/admin/tokens")).json().items;
    expect(listed).toEqual([expect.objectContaining({ id, unitCode: "TH", role: "registrar", name: "Hệ thống một cửa", revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(token);
    // Revoked before its first use (a token seen in the last 5 s stays known to this process that long: auth.ts).
    expect((await call("quantri", "POST", `/api/admin/tokens/${id}/revoke`)).statusCode).toBe(200);
    expect((await h.app.inject({ method: "GET", url: "/api/registers", headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const other = (await call("quantri", "POST", "/api/admin/tokens", { unit: "TH", role: "registrar" })).json().token;
    expect((await h.app.inject({ method: "GET", url: "/api/registers", headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(200);
    expect((await call("quantri", "POST", "/api/admin/tokens", { unit: "HN", role: "drafter" })).statusCode).toBe(404);
  });
});

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

describe("admin routes: signing keys and images", () => {
  it("checks a key as `admin key add` does and refuses in Vietnamese, storing nothing", async () => {
    const wrong = await call("quantri", "POST", "/api/admin/keys", { owner: "user", name: "quantri", p12: b64(pki.signerP12), password: "sai", image: b64(signatureImage()), p12Name: "lanhdao.p12" });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().message).toContain("Tệp khóa lanhdao.p12: sai mật khẩu");
    const jpeg = await call("quantri", "POST", "/api/admin/keys", { owner: "user", name: "quantri", p12: b64(pki.signerP12), password: "mat-khau-1", image: b64(Buffer.from("\xff\xd8\xff\xe0JFIF")), imageName: "chu-ky.jpg" });
    expect(jpeg.json().message).toContain("không phải ảnh PNG");
    const opaque = await call("quantri", "POST", "/api/admin/keys", { owner: "unit", name: "TH", p12: b64(pki.bodyP12), password: "mat-khau-2", image: b64(makePng(100, 100, () => [200, 0, 0, 255], true)) });
    expect(opaque.json().message).toContain("nền trong suốt");
    expect((await call("quantri", "POST", "/api/admin/keys", { owner: "user", name: "chuyenvien-hn", p12: b64(pki.signerP12), password: "mat-khau-1", image: b64(signatureImage()) })).statusCode).toBe(404);
    expect(await h.store.db.selectFrom("signing_keys").select("owner").execute()).toEqual([]);
  });

  it("keeps a signer's key and a unit's seal, lists the certificates only, and audits every admin write", async () => {
    const signer = await call("quantri", "POST", "/api/admin/keys", { owner: "user", name: "quantri", p12: b64(pki.signerP12), password: "mat-khau-1", image: b64(signatureImage()) });
    expect(signer.statusCode, signer.body).toBe(201);
    expect(signer.json()).toMatchObject({ replaced: false, subject: "Bùi Thanh Tùng" });
    expect((await call("quantri", "POST", "/api/admin/keys", { owner: "unit", name: "TH", p12: b64(pki.bodyP12), password: "mat-khau-2", image: b64(sealImage()) })).statusCode).toBe(201);
    const keys = (await call("quantri", "GET", "/api/admin/keys")).json().items;
    expect(keys.map((k: { owner: string; username: string | null; subject: string }) => [k.owner, k.username, k.subject]).sort()).toEqual([
      ["unit", null, "Ủy ban nhân dân tỉnh Thanh Hóa"], ["user", "quantri", "Bùi Thanh Tùng"],
    ]);
    expect(JSON.stringify(keys)).not.toContain("mat-khau");
    const audit = await h.store.db.selectFrom("audit_log").select(["action", "user_id"]).where("user_id", "=", ids.quantri!).execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set([
      "login", "admin.user.add", "admin.user.roles", "admin.user.lock", "admin.user.unlock", "admin.user.password", "admin.token.add", "admin.token.revoke", "key_add",
    ]));
  });
});
