// Quản trị over HTTP: the users of the admin's scope — add (one-time password shown once), roles, lock and unlock, a new password.
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { addUser, generatePassword, listUsers, resetPassword, ROLES, scopedUnit, setUserLocked, setUserRoles, type Actor } from "../../workflow/index.js";
import type { Api } from "../route.js";
import { idParam, name, scopeOf, unitCode, value } from "./admin.js";

const userBody = z.strictObject({
  username: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/), unit: unitCode, role: z.enum(ROLES), displayName: name(200).optional(),
});
const rolesBody = z.strictObject({ roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length) });

export function adminUserRoutes(api: Api<Actor>, store: Store, now: () => Date): void {
  const admin = { tag: "admin", auth: true } as const;
  const write = { ...admin, headers: ["Idempotency-Key"] };
  api.route({
    ...admin, method: "GET", url: "/api/admin/users", summary: "Người dùng và vai trò trong phạm vi quản trị",
    responses: { 200: { description: "{items}" }, 403: { description: "Không phải quản trị viên" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: await listUsers(store, await scopeOf(store, principal, now())) } }),
  });
  api.route({
    ...write, method: "POST", url: "/api/admin/users", summary: "Thêm người dùng (mật khẩu dùng một lần chỉ hiện lần này) hoặc thêm vai trò", body: userBody,
    responses: { 201: { description: "{id, created, password?}" }, 404: { description: "Đơn vị ngoài phạm vi quản trị" }, 409: { description: "Tên đăng nhập đã có ở đơn vị khác" } },
    handler: async ({ body, principal }) => {
      const scope = await scopeOf(store, principal, now());
      const unit = value(scopedUnit(scope, body.unit));
      const password = generatePassword();
      const r = value(await addUser(store, scope.by, { username: body.username, unitCode: unit.code, role: body.role, password, displayName: body.displayName ?? null }));
      return { status: 201, body: r.created ? { ...r, password } : r, kept: r.created ? { ...r, password: null, shownOnce: true } : r };
    },
  });
  api.route({
    ...write, method: "PUT", url: "/api/admin/users/:id/roles", summary: "Đổi vai trò của người dùng", params: idParam, body: rolesBody,
    responses: { 200: { description: "{roles}" }, 404: { description: "Không có người dùng này trong phạm vi quản trị" } },
    handler: async ({ params, body, principal }) => ({ status: 200, body: value(await setUserRoles(store, await scopeOf(store, principal, now()), params.id, body.roles)) }),
  });
  for (const [verb, locked, summary] of [["lock", true, "Khóa tài khoản (các phiên đang mở kết thúc)"], ["unlock", false, "Mở khóa tài khoản"]] as const) {
    api.route({
      ...write, method: "POST", url: `/api/admin/users/:id/${verb}`, summary, params: idParam,
      responses: { 200: { description: "{locked}" }, 404: { description: "Không có người dùng này trong phạm vi quản trị" } },
      handler: async ({ params, principal }) => ({ status: 200, body: value(await setUserLocked(store, await scopeOf(store, principal, now()), params.id, locked)) }),
    });
  }
  api.route({
    ...write, method: "POST", url: "/api/admin/users/:id/password", summary: "Đặt lại mật khẩu (mật khẩu mới chỉ hiện lần này)", params: idParam,
    responses: { 200: { description: "{password}" }, 404: { description: "Không có người dùng này trong phạm vi quản trị" } },
    handler: async ({ params, principal }) => {
      const r = value(await resetPassword(store, await scopeOf(store, principal, now()), params.id));
      return { status: 200, body: r, kept: { password: null, shownOnce: true } };
    },
  });
}
