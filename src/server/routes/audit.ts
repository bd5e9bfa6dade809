// GET /api/audit?document=: the trail of one document of the caller's unit (read only: no route edits or deletes an entry).
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { auditTrail, type Actor } from "../../workflow/index.js";
import type { Api } from "../route.js";
import { actorOf, refuse } from "./documents.js";

export function auditRoutes(api: Api<Actor>, store: Store): void {
  api.route({
    method: "GET", url: "/api/audit", summary: "Nhật ký kiểm tra của một văn bản", tag: "audit", auth: true,
    query: z.strictObject({ document: z.uuid() }),
    responses: { 200: { description: "{items: [{id, at, userId, action, detail, hash}]}" } },
    handler: async ({ query, principal }) => {
      const trail = await auditTrail(store, actorOf(principal), query.document);
      if (!trail.ok) refuse(trail.issues);
      return { status: 200, body: { items: trail.value } };
    },
  });
}
