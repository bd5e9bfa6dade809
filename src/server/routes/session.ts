// Login and logout: a session cookie (HttpOnly, SameSite=Strict) after a password check; failed attempts per user and address lock the login for a while.
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { authenticate, failedLogins, type Actor } from "../../workflow/index.js";
import type { ServerGuard } from "../auth.js";
import { HttpProblem, requestIssue } from "../problem.js";
import type { Api } from "../route.js";
import { actorOf } from "./documents.js";

const credentials = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) });
const who = (a: Actor) => ({ userId: a.userId, unitId: a.unitId, roles: a.roles });

/** Too many failures of this user from this address within the window: the login is refused until they age out. */
async function checkLockout(store: Store, guard: ServerGuard, username: string, address: string, now: Date): Promise<void> {
  const { maxFailures, lockMs } = guard.options;
  const since = new Date(now.getTime() - lockMs);
  // Per user and address; and per address over all users, against one machine trying many names.
  const locked = (await failedLogins(store, since, { username, address })) >= maxFailures || (await failedLogins(store, since, { address })) >= maxFailures * 4;
  if (locked) {
    throw new HttpProblem(429, [requestIssue("login_rate_limited", { retryAfter: Math.ceil(lockMs / 1000) })]);
  }
}

export function sessionRoutes(api: Api<Actor>, store: Store, guard: ServerGuard, now: () => Date): void {
  api.route({
    method: "POST", url: "/api/session", summary: "Đăng nhập (đặt cookie phiên HttpOnly, SameSite=Strict)", tag: "session", auth: false, readOnly: true,
    body: credentials,
    responses: { 200: { description: "{userId, unitId, roles}" }, 401: { description: "Sai tên đăng nhập hoặc mật khẩu" }, 429: { description: "Tạm khóa do sai nhiều lần" } },
    handler: async ({ req, reply, body }) => {
      const at = now();
      await checkLockout(store, guard, body.username, req.ip, at);
      const r = await authenticate(store, body.username, body.password, { address: req.ip, now: at });
      if (!r.ok) throw new HttpProblem(401, r.issues);
      await guard.openSession(reply, r.value.userId);
      return { status: 200, body: { ...who(r.value), username: r.value.username } };
    },
  });
  api.route({
    method: "GET", url: "/api/session", summary: "Người đang đăng nhập", tag: "session", auth: true,
    responses: { 200: { description: "{userId, unitId, roles, via, username?}" } },
    handler: async ({ principal }) => {
      const actor = actorOf(principal);
      // The name the app shows beside the roles after a reload (a token has none).
      const user = principal!.via === "session" ? await store.db.selectFrom("users").select("username").where("id", "=", actor.userId).executeTakeFirst() : undefined;
      return { status: 200, body: { ...who(actor), via: principal!.via, ...(user ? { username: user.username } : {}) } };
    },
  });
  api.route({
    method: "DELETE", url: "/api/session", summary: "Đăng xuất", tag: "session", auth: true, readOnly: true,
    responses: { 204: { description: "Đã đăng xuất" } },
    handler: async ({ req, reply }) => {
      await guard.closeSession(req, reply);
      return { status: 204, body: undefined };
    },
  });
}

