// An admin's changes to people and tokens of their scope: roles, lock and unlock, a new one-time password, revoking a token — each audited.
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store, type Tx, type UserTable } from "../store/index.js";
import type { AdminScope } from "./admin-scope.js";
import { appendAudit } from "./audit.js";
import { generatePassword, hashPassword } from "./passwords.js";
import { isRole, ROLES, type Role } from "./types.js";

const missing = (what: string, id: string) => fail<never>([issue("not_found", [], { what, id })]);
const selfChange = (change: "lock" | "admin") => fail<never>([issue("admin_self_change", [], { change })]);

async function scopedUser(tx: Tx, scope: AdminScope, id: string): Promise<UserTable | undefined> {
  const u = await tx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return u && scope.byId.has(u.unit_id) ? u : undefined;
}

function audit(tx: Tx, store: Store, scope: AdminScope, action: string, detail: Record<string, unknown>) {
  const { by } = scope;
  return appendAudit(tx, store.dialect, { at: by.now ?? new Date(), userId: by.userId, unitId: by.unitId, action, detail });
}

/** Replaces the user's roles (at least one); an admin cannot drop their own admin role. */
export async function setUserRoles(store: Store, scope: AdminScope, userId: string, roles: readonly string[]): Promise<Result<{ roles: Role[] }>> {
  const bad = roles.find((r) => !isRole(r));
  if (bad !== undefined) return fail([issue("invalid_role", [], { role: bad, allowed: ROLES.join(", ") })]);
  const wanted = [...new Set(roles as Role[])].sort();
  if (wanted.length === 0) return fail([issue("required", ["roles"], {})]);
  if (userId === scope.actor.userId && !wanted.includes("admin")) return selfChange("admin");
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const u = await scopedUser(tx, scope, userId);
    if (!u) return missing("user", userId);
    const before = (await tx.selectFrom("user_roles").select("role").where("user_id", "=", u.id).execute()).map((r) => r.role).sort();
    await tx.deleteFrom("user_roles").where("user_id", "=", u.id).execute();
    await tx.insertInto("user_roles").values(wanted.map((role) => ({ user_id: u.id, role }))).execute();
    await audit(tx, store, scope, "admin.user.roles", { user: u.id, username: u.username, unit: u.unit_id, before, after: wanted });
    return ok({ roles: wanted });
  });
}

/** Locks (sessions end at once) or unlocks a user; an admin cannot lock themselves out. */
export async function setUserLocked(store: Store, scope: AdminScope, userId: string, locked: boolean): Promise<Result<{ locked: boolean }>> {
  if (locked && userId === scope.actor.userId) return selfChange("lock");
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const u = await scopedUser(tx, scope, userId);
    if (!u) return missing("user", userId);
    await tx.updateTable("users").set({ disabled: locked ? 1 : 0 }).where("id", "=", u.id).execute();
    if (locked) await tx.deleteFrom("sessions").where("user_id", "=", u.id).execute();
    await audit(tx, store, scope, locked ? "admin.user.lock" : "admin.user.unlock", { user: u.id, username: u.username, unit: u.unit_id });
    return ok({ locked });
  });
}

/** A new one-time password (returned once, stored as scrypt only); the user's open sessions end. */
export async function resetPassword(store: Store, scope: AdminScope, userId: string): Promise<Result<{ password: string }>> {
  const password = generatePassword();
  const hash = await hashPassword(password);
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const u = await scopedUser(tx, scope, userId);
    if (!u) return missing("user", userId);
    await tx.updateTable("users").set({ password_hash: hash }).where("id", "=", u.id).execute();
    await tx.deleteFrom("sessions").where("user_id", "=", u.id).execute();
    await audit(tx, store, scope, "admin.user.password", { user: u.id, username: u.username, unit: u.unit_id });
    return ok({ password });
  });
}

/** Revokes a token of the scope (kept, with the time); revoking twice keeps the first time. */
export async function revokeToken(store: Store, scope: AdminScope, tokenId: string): Promise<Result<{ revokedAt: string }>> {
  const at = (scope.by.now ?? new Date()).toISOString();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const t = await tx.selectFrom("api_tokens").select(["id", "unit_id", "revoked_at"]).where("id", "=", tokenId).executeTakeFirst();
    if (!t || !scope.byId.has(t.unit_id)) return missing("token", tokenId);
    if (t.revoked_at) return ok({ revokedAt: t.revoked_at });
    await tx.updateTable("api_tokens").set({ revoked_at: at }).where("id", "=", t.id).execute();
    await audit(tx, store, scope, "admin.token.revoke", { token: t.id, unit: t.unit_id });
    return ok({ revokedAt: at });
  });
}
