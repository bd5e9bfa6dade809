// Quản trị over HTTP: signing keys (PKCS#12) with the signer's signature image or the body's seal, checked as `admin key add` checks them.
import { z } from "zod";
import { checkSigningKey, SignError } from "../../index.js";
import { signMessage } from "../../messages/index.js";
import type { Store } from "../../store/index.js";
import { listKeys, putSigningKey, scopedUnit, type Actor, type AdminScope, type KeyOwner } from "../../workflow/index.js";
import { HttpProblem, requestIssue } from "../problem.js";
import type { Api } from "../route.js";
import { scopeOf, value } from "./admin.js";

/** base64 of a .p12 (a few KB) and a PNG (≤ 2 MB as the signing library allows): the JSON body may reach about 3 MB. */
export const KEY_BODY_LIMIT = 3 * 1024 * 1024 + 64 * 1024;
/** A file's name as the browser gives it (no folder, no control character), only for the messages. */
const fileName = z.string().trim().min(1).max(200).refine((s) => !/[/\\]/.test(s) && [...s].every((c) => c >= " "));
const keyBody = z.strictObject({
  owner: z.enum(["user", "unit"]),
  /** The signer's username (owner user) or the unit's code (owner unit). */
  name: z.string().min(1).max(64),
  p12: z.base64().max(200_000),
  password: z.string().max(1000),
  image: z.base64().min(1).max(2_800_000),
  p12Name: fileName.optional(),
  imageName: fileName.optional(),
});

/** The owner named, if in the admin's scope (a user or unit elsewhere is "not found", as one that does not exist). */
async function scopedOwner(store: Store, scope: AdminScope, owner: "user" | "unit", name: string): Promise<KeyOwner> {
  if (owner === "unit") return { unit: value(scopedUnit(scope, name)).code };
  const u = await store.db.selectFrom("users").select(["username", "unit_id"]).where("username", "=", name).executeTakeFirst();
  if (!u || !scope.byId.has(u.unit_id)) throw new HttpProblem(404, [requestIssue("not_found", { what: "user", id: name })]);
  return { user: u.username };
}

export function adminKeyRoutes(api: Api<Actor>, store: Store, now: () => Date): void {
  api.route({
    method: "GET", url: "/api/admin/keys", summary: "Khóa ký số và ảnh chữ ký, ảnh dấu đã lưu (chứng thư, hạn dùng; không bao giờ là khóa)", tag: "admin", auth: true,
    responses: { 200: { description: "{items}" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: await listKeys(store, await scopeOf(store, principal, now())) } }),
  });
  api.route({
    method: "POST", url: "/api/admin/keys", summary: "Lưu khóa ký số (.p12) kèm ảnh chữ ký (người ký) hoặc ảnh dấu (cơ quan), PNG", tag: "admin", auth: true,
    headers: ["Idempotency-Key"], body: keyBody, bodyLimit: KEY_BODY_LIMIT,
    responses: { 201: { description: "{owner, replaced, subject, validTo}" }, 404: { description: "Người dùng hoặc đơn vị ngoài phạm vi quản trị" }, 422: { description: "Khóa hoặc ảnh không dùng được" } },
    handler: async ({ body, principal }) => {
      const scope = await scopeOf(store, principal, now());
      const owner = await scopedOwner(store, scope, body.owner, body.name);
      const [p12, image] = [Buffer.from(body.p12, "base64"), Buffer.from(body.image, "base64")];
      const role = body.owner === "user" ? "signer" : "body";
      let checked;
      try {
        checked = checkSigningKey({ p12, password: body.password, image, p12File: body.p12Name ?? "khóa .p12", imageFile: body.imageName ?? "ảnh PNG", role }, now());
      } catch (err) {
        if (!(err instanceof SignError)) throw err;
        throw new HttpProblem(422, [requestIssue("signing_key_refused", { detail: signMessage(err.code, err.params), reason: err.code })]);
      }
      const r = value(await putSigningKey(store, scope.by, { owner, p12, password: body.password, image, ...checked }));
      return { status: 201, body: { ...r, subject: checked.subject, validTo: checked.validTo } };
    },
  });
}
