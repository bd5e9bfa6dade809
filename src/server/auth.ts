// Who is calling: the session cookie (people) or a bearer token (systems); sessions expire and slide.
import { createHash, randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../store/index.js";
import { actorForToken, actorForUser, type Actor } from "../workflow/index.js";
import { runIdempotent } from "./idempotency.js";
import type { Guard, Principal } from "./route.js";

export const SESSION_COOKIE = "cadre_session";

export interface AuthOptions {
  /** A session ends this long after its last use (default 8 hours, a working day). */
  idleMs: number;
  /** …and at the latest this long after login (default 12 hours). */
  maxMs: number;
  /** Failed logins per user and address before a lockout (default 5)… */
  maxFailures: number;
  /** …counted over this window, which is also the lockout's length (default 15 minutes). */
  lockMs: number;
  /** Cookies only over HTTPS (default: off on 127.0.0.1, the serve command turns it on behind TLS). */
  secureCookie: boolean;
}

export const AUTH_DEFAULTS: AuthOptions = { idleMs: 8 * 3600_000, maxMs: 12 * 3600_000, maxFailures: 5, lockMs: 15 * 60_000, secureCookie: false };

export interface ServerGuard extends Guard<Actor> {
  options: AuthOptions;
  /** Opens a session for a user who proved who they are; sets the cookie. */
  openSession(reply: FastifyReply, userId: string): Promise<void>;
  closeSession(req: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/** Session ids and tokens are stored as SHA-256 only: a copied database opens no session. */
export const digest = (secret: string): string => createHash("sha256").update(secret).digest("hex");

async function fromSession(store: Store, now: Date, opts: AuthOptions, id: string): Promise<Principal<Actor> | undefined> {
  const key = digest(id);
  const row = await store.db
    .selectFrom("sessions").innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.expires_at", "sessions.last_seen_at", "users.id as userId"])
    .where("sessions.id", "=", key).executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  if (now.getTime() - Date.parse(row.last_seen_at) > opts.idleMs) return undefined;
  // Slide the idle window at most once a minute (one write per minute per session, not per request).
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await store.db.updateTable("sessions").set({ last_seen_at: now.toISOString() }).where("id", "=", key).execute();
  }
  // A disabled user's sessions end at once: the actor is looked up on every request.
  const actor = await actorForUser(store, row.userId);
  return actor ? { actor, via: "session", credentialId: `user:${row.userId}` } : undefined;
}

async function fromToken(store: Store, token: string): Promise<Principal<Actor> | undefined> {
  const actor = await actorForToken(store, token);
  return actor ? { actor, via: "token", credentialId: actor.userId } : undefined;
}

/**
 * Who a credential is, remembered for a few seconds: a burst of requests does not queue a lookup
 * each on the database's one connection (SQLite) before its real work. A revoked token, a disabled
 * user or a session ended in another process is refused at the latest CACHE_MS later; logout here
 * forgets at once.
 */
const CACHE_MS = 5_000;
type Cached = { principal: Principal<Actor> | undefined; until: number };

function remembered(cache: Map<string, Cached>, key: string, at: number, look: () => Promise<Principal<Actor> | undefined>): Promise<Principal<Actor> | undefined> {
  const hit = cache.get(key);
  if (hit && hit.until > at) return Promise.resolve(hit.principal);
  return look().then((principal) => {
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { principal, until: at + CACHE_MS });
    return principal;
  });
}

export function createGuard(store: Store, now: () => Date, options: Partial<AuthOptions> = {}): ServerGuard {
  const opts = { ...AUTH_DEFAULTS, ...options };
  const cache = new Map<string, Cached>();
  return {
    options: opts,
    async authenticate(req) {
      const at = now();
      const auth = req.headers.authorization;
      if (auth?.startsWith("Bearer ")) {
        const token = auth.slice(7).trim();
        return remembered(cache, `t:${digest(token)}`, at.getTime(), () => fromToken(store, token));
      }
      const id = req.cookies[SESSION_COOKIE];
      // Sessions are looked up every time: their idle time and expiry move with the clock.
      return id ? fromSession(store, at, opts, id) : undefined;
    },
    idempotent: (req, principal, run) => runIdempotent(store, now, req, principal?.credentialId, run),
    async openSession(reply, userId) {
      const id = randomBytes(32).toString("base64url");
      const at = now();
      await store.db.insertInto("sessions").values({ id: digest(id), user_id: userId, created_at: at.toISOString(), last_seen_at: at.toISOString(), expires_at: new Date(at.getTime() + opts.maxMs).toISOString() }).execute();
      reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: "strict", secure: opts.secureCookie, path: "/", maxAge: Math.floor(opts.maxMs / 1000) });
    },
    async closeSession(req, reply) {
      const id = req.cookies[SESSION_COOKIE];
      if (id) await store.db.deleteFrom("sessions").where("id", "=", digest(id)).execute();
      reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "strict", secure: opts.secureCookie });
    },
  };
}
