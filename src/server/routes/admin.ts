// Quản trị over HTTP: units, registers and API tokens of the admin's unit and the units below it (another unit answers 404).
import { z } from "zod";
import type { Result } from "../../index.js";
import type { Store } from "../../store/index.js";
import {
  addRegister, addToken, addUnit, adminScope, listScopeRegisters, listTokens, listUnits, revokeToken, scopedUnit, ROLES, type Actor, type AdminScope,
} from "../../workflow/index.js";
import type { Api, Principal } from "../route.js";
import { actorOf, refuse } from "./documents.js";

/** Unit codes as the CLI takes them, kept to letters, digits and `._-` so they read well in numbers and addresses. */
export const unitCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/);
/** Names are Vietnamese text, stored in NFC whatever the keyboard sent. */
export const name = (max = 200) => z.string().trim().min(1).max(max).transform((s) => s.normalize("NFC"));
export const idParam = z.strictObject({ id: z.uuid() });

/** The caller's scope, or 403 for a non-admin. */
export async function scopeOf(store: Store, principal: Principal<Actor> | undefined, now: Date): Promise<AdminScope> {
  return value(await adminScope(store, actorOf(principal), now));
}

export function value<T>(r: Result<T>): T {
  if (!r.ok) refuse(r.issues);
  return r.value;
}

const unitBody = z.strictObject({
  code: unitCode, name: name(), profile: z.enum(["nd30", "party"]).optional(), symbol: z.string().regex(/^[A-Za-zĐđ0-9-]{1,20}$/).optional(),
  /** The unit above; default: the admin's own unit. */
  parent: unitCode.optional(),
});
const registerBody = z.strictObject({
  unit: unitCode, name: name(), series: name().optional(), period: z.enum(["year", "term"]).optional(),
  termStart: z.iso.date().optional(), isDefault: z.boolean().optional(),
});
const tokenBody = z.strictObject({ unit: unitCode, role: z.enum(ROLES), name: name(100).optional() });

export function adminRoutes(api: Api<Actor>, store: Store, now: () => Date): void {
  const admin = { tag: "admin", auth: true } as const;
  api.route({
    ...admin, method: "GET", url: "/api/admin/units", summary: "Đơn vị của quản trị viên và các đơn vị cấp dưới",
    responses: { 200: { description: "{items}" }, 403: { description: "Không phải quản trị viên" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: listUnits(await scopeOf(store, principal, now())) } }),
  });
  api.route({
    ...admin, method: "POST", url: "/api/admin/units", summary: "Thêm đơn vị cấp dưới (kèm sổ đăng ký văn bản đi mặc định)", headers: ["Idempotency-Key"], body: unitBody,
    responses: { 201: { description: "{id, registerId}" }, 404: { description: "Đơn vị cấp trên ngoài phạm vi quản trị" }, 409: { description: "Mã đơn vị đã có" } },
    handler: async ({ body, principal }) => {
      const scope = await scopeOf(store, principal, now());
      const parent = value(scopedUnit(scope, body.parent ?? scope.units[0]!.code));
      const r = value(await addUnit(store, scope.by, { code: body.code, name: body.name, profile: body.profile, symbol: body.symbol ?? null, parentCode: parent.code }));
      return { status: 201, body: r };
    },
  });
  api.route({
    ...admin, method: "GET", url: "/api/admin/registers", summary: "Sổ đăng ký văn bản đi của các đơn vị trong phạm vi quản trị",
    responses: { 200: { description: "{items}" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: await listScopeRegisters(store, await scopeOf(store, principal, now())) } }),
  });
  api.route({
    ...admin, method: "POST", url: "/api/admin/registers", summary: "Thêm sổ đăng ký văn bản đi", headers: ["Idempotency-Key"], body: registerBody,
    responses: { 201: { description: "{id}" }, 404: { description: "Đơn vị ngoài phạm vi quản trị" } },
    handler: async ({ body, principal }) => {
      const scope = await scopeOf(store, principal, now());
      const unit = value(scopedUnit(scope, body.unit));
      const { unit: _u, ...config } = body;
      return { status: 201, body: value(await addRegister(store, scope.by, unit.code, config)) };
    },
  });
  tokenRoutes(api, store, now);
}

function tokenRoutes(api: Api<Actor>, store: Store, now: () => Date): void {
  api.route({
    method: "GET", url: "/api/admin/tokens", summary: "Mã truy cập API (không bao giờ hiện lại mã)", tag: "admin", auth: true,
    responses: { 200: { description: "{items}" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: await listTokens(store, await scopeOf(store, principal, now())) } }),
  });
  api.route({
    method: "POST", url: "/api/admin/tokens", summary: "Cấp mã truy cập API (mã chỉ hiện một lần)", tag: "admin", auth: true, headers: ["Idempotency-Key"], body: tokenBody,
    responses: { 201: { description: "{id, token}: token chỉ có trong câu trả lời này" }, 404: { description: "Đơn vị ngoài phạm vi quản trị" } },
    handler: async ({ body, principal }) => {
      const scope = await scopeOf(store, principal, now());
      const unit = value(scopedUnit(scope, body.unit));
      const r = value(await addToken(store, scope.by, { unitCode: unit.code, role: body.role, name: body.name ?? null }));
      return { status: 201, body: r, kept: { id: r.id, token: null, shownOnce: true } };
    },
  });
  api.route({
    method: "POST", url: "/api/admin/tokens/:id/revoke", summary: "Thu hồi mã truy cập API", tag: "admin", auth: true, headers: ["Idempotency-Key"], params: idParam,
    responses: { 200: { description: "{revokedAt}" }, 404: { description: "Không có mã này trong phạm vi quản trị" } },
    handler: async ({ params, principal }) => ({ status: 200, body: value(await revokeToken(store, await scopeOf(store, principal, now()), params.id)) }),
  });
}
