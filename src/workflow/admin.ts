// Administration: units (with their default register), users and roles, registers, API tokens — each change audited.
import { randomUUID } from "node:crypto";
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store, type Tx, type UnitTable } from "../store/index.js";
import { newToken, tokenHash } from "./accounts.js";
import { appendAudit } from "./audit.js";
import { hashPassword } from "./passwords.js";
import { defaultRegisterConfig, insertRegister, type RegisterConfig } from "./registers.js";
import { isRole, ROLES } from "./types.js";

/** Who makes the change, for the audit trail: an admin user, or `cli:<os user>` for the command line. */
export interface AdminBy {
  userId: string;
  unitId: string | null;
  now?: Date;
}

const exists = (what: string, value: string) => fail<never>([issue("already_exists", [], { what, value })]);
const unknown = (what: string, value: string) => fail<never>([issue("unknown_reference", [], { what, value })]);

async function unitByCode(tx: Tx, code: string): Promise<UnitTable | undefined> {
  return tx.selectFrom("units").selectAll().where("code", "=", code).executeTakeFirst();
}

function audit(tx: Tx, store: Store, by: AdminBy, action: string, detail: Record<string, unknown>) {
  return appendAudit(tx, store.dialect, { at: by.now ?? new Date(), userId: by.userId, unitId: by.unitId, action, detail });
}

export interface UnitInput {
  code: string;
  name: string;
  profile?: "nd30" | "party";
  symbol?: string | null;
  /** The code of the unit above; none: a top unit. */
  parentCode?: string | null;
}

export async function addUnit(store: Store, by: AdminBy, u: UnitInput): Promise<Result<{ id: string; registerId: string }>> {
  const at = by.now ?? new Date();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    if (await unitByCode(tx, u.code)) return exists("unit", u.code);
    const parent = u.parentCode ? await unitByCode(tx, u.parentCode) : undefined;
    if (u.parentCode && !parent) return unknown("unit", u.parentCode);
    const id = randomUUID();
    const profile = u.profile ?? "nd30";
    await tx.insertInto("units").values({ id, code: u.code, name: u.name, profile, symbol: u.symbol ?? null, parent_id: parent?.id ?? null, created_at: at.toISOString() }).execute();
    const registerId = await insertRegister(tx, id, defaultRegisterConfig(profile, at), at);
    await audit(tx, store, by, "admin.unit.add", { unit: id, code: u.code, name: u.name, profile, parent: parent?.id ?? null, register: registerId });
    return ok({ id, registerId });
  });
}

export interface UserInput {
  username: string;
  unitCode: string;
  role: string;
  password: string;
  displayName?: string | null;
}

/** A new user; an existing user of the same unit gets the role added (one person, several roles). */
export async function addUser(store: Store, by: AdminBy, u: UserInput): Promise<Result<{ id: string; created: boolean }>> {
  if (!isRole(u.role)) return fail([issue("invalid_role", [], { role: u.role, allowed: ROLES.join(", ") })]);
  const hash = await hashPassword(u.password);
  const at = by.now ?? new Date();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const unit = await unitByCode(tx, u.unitCode);
    if (!unit) return unknown("unit", u.unitCode);
    const old = await tx.selectFrom("users").selectAll().where("username", "=", u.username).executeTakeFirst();
    if (old && old.unit_id !== unit.id) return exists("user", u.username);
    const id = old?.id ?? randomUUID();
    if (!old) {
      await tx.insertInto("users").values({
        id, username: u.username, display_name: u.displayName ?? null, unit_id: unit.id, password_hash: hash, disabled: 0, created_at: at.toISOString(),
      }).execute();
    }
    await tx.insertInto("user_roles").values({ user_id: id, role: u.role }).onConflict((oc) => oc.columns(["user_id", "role"]).doNothing()).execute();
    await audit(tx, store, by, old ? "admin.user.role" : "admin.user.add", { user: id, username: u.username, unit: unit.id, role: u.role });
    return ok({ id, created: !old });
  });
}

/** The first administrator of an empty database, in a unit of its own unless one is named. */
export async function initAdmin(store: Store, by: AdminBy, a: { username: string; password: string; unit?: UnitInput }): Promise<Result<{ userId: string; unitId: string }>> {
  const any = await store.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (any) return exists("user", (await store.db.selectFrom("users").select("username").limit(1).executeTakeFirstOrThrow()).username);
  const unit = a.unit ?? { code: "QTHT", name: "Quản trị hệ thống", profile: "nd30" as const };
  const have = await store.db.selectFrom("units").select("id").where("code", "=", unit.code).executeTakeFirst();
  const unitId = have?.id ?? (await addUnit(store, by, unit).then((r) => (r.ok ? r.value.id : undefined)));
  if (!unitId) return unknown("unit", unit.code);
  const user = await addUser(store, by, { username: a.username, unitCode: unit.code, role: "admin", password: a.password });
  if (!user.ok) return fail(user.issues);
  // Another process made the same first user meanwhile: its password is the one kept, not this call's.
  return user.value.created ? ok({ userId: user.value.id, unitId }) : exists("user", a.username);
}

export async function addRegister(store: Store, by: AdminBy, unitCode: string, c: RegisterConfig): Promise<Result<{ id: string }>> {
  const at = by.now ?? new Date();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const unit = await unitByCode(tx, unitCode);
    if (!unit) return unknown("unit", unitCode);
    const id = await insertRegister(tx, unit.id, c, at);
    await audit(tx, store, by, "admin.register.add", { register: id, unit: unit.id, ...c });
    return ok({ id });
  });
}

export async function addToken(store: Store, by: AdminBy, t: { unitCode: string; role: string; name?: string | null }): Promise<Result<{ id: string; token: string }>> {
  if (!isRole(t.role)) return fail([issue("invalid_role", [], { role: t.role, allowed: ROLES.join(", ") })]);
  const at = by.now ?? new Date();
  const token = newToken();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const unit = await unitByCode(tx, t.unitCode);
    if (!unit) return unknown("unit", t.unitCode);
    const id = randomUUID();
    await tx.insertInto("api_tokens").values({ id, unit_id: unit.id, role: t.role, name: t.name ?? null, token_hash: tokenHash(token), created_at: at.toISOString(), revoked_at: null }).execute();
    await audit(tx, store, by, "admin.token.add", { token: id, unit: unit.id, role: t.role, name: t.name ?? null });
    return ok({ id, token });
  });
}
