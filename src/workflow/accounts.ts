// People and systems that act: password login (audited, attempts kept for the rate limit), API tokens, actors.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store } from "../store/index.js";
import { appendAudit } from "./audit.js";
import { DUMMY_HASH, verifyPassword } from "./passwords.js";
import { isRole, type Actor, type Role } from "./types.js";

export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");
/** `cdt_` and 32 random bytes: shown once, stored only as its SHA-256. */
export const newToken = (): string => `cdt_${randomBytes(32).toString("base64url")}`;

/** The actor of a user: home unit and roles; undefined for an unknown or disabled user. */
export async function actorForUser(store: Store, userId: string): Promise<Actor | undefined> {
  const user = await store.db.selectFrom("users").select(["id", "unit_id", "disabled"]).where("id", "=", userId).executeTakeFirst();
  if (!user || Number(user.disabled) === 1) return undefined;
  const roles = await store.db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return { userId: user.id, unitId: user.unit_id, roles: roles.map((r) => r.role).filter(isRole) as Role[] };
}

export interface LoginOptions {
  address: string;
  now?: Date;
}

/**
 * Checks a password; every attempt is a `login_attempts` row (the server's rate limit counts them)
 * and an audit entry (`login` or `login_failed`). Unknown user, wrong password and disabled user
 * answer alike (`unauthenticated`) and cost the same scrypt time.
 */
export async function authenticate(store: Store, username: string, password: string, o: LoginOptions): Promise<Result<Actor & { username: string }>> {
  const at = o.now ?? new Date();
  const user = await store.db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  const good = (await verifyPassword(password, user?.password_hash ?? DUMMY_HASH)) && user !== undefined && Number(user.disabled) === 0;
  const actor = good && user ? await actorForUser(store, user.id) : undefined;
  await writeTransaction(store.db, store.dialect, async (tx) => {
    await tx.insertInto("login_attempts").values({ id: randomUUID(), username, address: o.address, success: actor ? 1 : 0, at: at.toISOString() }).execute();
    await appendAudit(tx, store.dialect, {
      at, userId: user?.id ?? null, unitId: user?.unit_id ?? null, action: actor ? "login" : "login_failed", detail: { username, address: o.address },
    });
  });
  return actor ? ok({ ...actor, username }) : fail([issue("unauthenticated", [], {})]);
}

/** Failed attempts for this user, or from this address, since an instant (for lockout decisions). */
export async function failedLogins(store: Store, since: Date, by: { username?: string; address?: string }): Promise<number> {
  let q = store.db.selectFrom("login_attempts").where("success", "=", 0).where("at", ">=", since.toISOString());
  if (by.username !== undefined) q = q.where("username", "=", by.username);
  if (by.address !== undefined) q = q.where("address", "=", by.address);
  const row = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The actor of a bearer token (`token:<id>` in the unit, with the token's role); undefined when unknown or revoked. */
export async function actorForToken(store: Store, token: string): Promise<Actor | undefined> {
  const row = await store.db.selectFrom("api_tokens").selectAll().where("token_hash", "=", tokenHash(token)).where("revoked_at", "is", null).executeTakeFirst();
  if (!row || !isRole(row.role)) return undefined;
  return { userId: `token:${row.id}`, unitId: row.unit_id, roles: [row.role] };
}

/**
 * Who made something on someone's behalf later (a batch's drafts), as they are now: a disabled user, a revoked token,
 * another unit or a lost drafter role gives undefined, so nothing is made in their name any more.
 */
export async function actorForCreator(store: Store, createdBy: string, unitId: string | null): Promise<Actor | undefined> {
  let actor: Actor | undefined;
  if (createdBy.startsWith("token:")) {
    const t = await store.db.selectFrom("api_tokens").select(["unit_id", "role"]).where("id", "=", createdBy.slice(6)).where("revoked_at", "is", null).executeTakeFirst();
    actor = t && isRole(t.role) ? { userId: createdBy, unitId: t.unit_id, roles: [t.role] } : undefined;
  } else actor = await actorForUser(store, createdBy);
  return actor && actor.unitId === unitId && actor.roles.includes("drafter") ? actor : undefined;
}
