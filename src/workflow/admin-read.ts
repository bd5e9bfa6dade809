// What an admin sees of their scope: units, users with roles, registers, API tokens (never their hashes) and signing keys (never the keys).
import type { Store } from "../store/index.js";
import type { AdminScope } from "./admin-scope.js";
import { isRole, type Role } from "./types.js";

export interface UnitView { id: string; code: string; name: string; profile: "nd30" | "party"; symbol: string | null; parentCode: string | null }
export interface UserView { id: string; username: string; displayName: string | null; unitCode: string; roles: Role[]; locked: boolean; createdAt: string }
export interface AdminRegisterView { id: string; unitCode: string; name: string; series: string; period: "year" | "term"; termStart: string | null; isDefault: boolean }
export interface TokenView { id: string; unitCode: string; role: string; name: string | null; createdAt: string; revokedAt: string | null }
export interface KeyView { owner: "user" | "unit"; username: string | null; unitCode: string; subject: string; validTo: string; certSha256: string; createdAt: string }

const ids = (scope: AdminScope) => scope.units.map((u) => u.id);
const codeOf = (scope: AdminScope, unitId: string) => scope.byId.get(unitId)?.code ?? "";

export function listUnits(scope: AdminScope): UnitView[] {
  return scope.units.map((u) => ({
    id: u.id, code: u.code, name: u.name, profile: u.profile, symbol: u.symbol, parentCode: u.parent_id ? (scope.byId.get(u.parent_id)?.code ?? null) : null,
  }));
}

export async function listUsers(store: Store, scope: AdminScope): Promise<UserView[]> {
  const users = await store.db.selectFrom("users").selectAll().where("unit_id", "in", ids(scope)).orderBy("username").execute();
  const roles = users.length ? await store.db.selectFrom("user_roles").selectAll().where("user_id", "in", users.map((u) => u.id)).execute() : [];
  return users.map((u) => ({
    id: u.id, username: u.username, displayName: u.display_name, unitCode: codeOf(scope, u.unit_id),
    roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role).filter(isRole).sort(), locked: Number(u.disabled) === 1, createdAt: u.created_at,
  }));
}

export async function listScopeRegisters(store: Store, scope: AdminScope): Promise<AdminRegisterView[]> {
  const rows = await store.db.selectFrom("registers").selectAll().where("unit_id", "in", ids(scope)).orderBy("is_default", "desc").orderBy("created_at").orderBy("name").execute();
  return rows.map((r) => ({
    id: r.id, unitCode: codeOf(scope, r.unit_id), name: r.name, series: r.series, period: r.period, termStart: r.term_start, isDefault: Number(r.is_default) === 1,
  }));
}

export async function listTokens(store: Store, scope: AdminScope): Promise<TokenView[]> {
  const rows = await store.db.selectFrom("api_tokens").select(["id", "unit_id", "role", "name", "created_at", "revoked_at"]).where("unit_id", "in", ids(scope)).orderBy("created_at").execute();
  return rows.map((t) => ({ id: t.id, unitCode: codeOf(scope, t.unit_id), role: t.role, name: t.name, createdAt: t.created_at, revokedAt: t.revoked_at }));
}

export async function listKeys(store: Store, scope: AdminScope): Promise<KeyView[]> {
  const rows = await store.db.selectFrom("signing_keys").select(["owner", "unit_id", "subject", "valid_to", "cert_sha256", "created_at"]).where("unit_id", "in", ids(scope)).orderBy("owner").execute();
  const userIds = rows.filter((r) => r.owner.startsWith("user:")).map((r) => r.owner.slice(5));
  const names = userIds.length ? await store.db.selectFrom("users").select(["id", "username"]).where("id", "in", userIds).execute() : [];
  return rows.map((k) => ({
    owner: k.owner.startsWith("user:") ? "user" : "unit", username: names.find((n) => `user:${n.id}` === k.owner)?.username ?? null,
    unitCode: codeOf(scope, k.unit_id), subject: k.subject, validTo: k.valid_to, certSha256: k.cert_sha256, createdAt: k.created_at,
  }));
}
