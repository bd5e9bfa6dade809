// POST /api/documents/{id}/comments: an opinion on a document of the unit (kept in its history of comments and the audit trail).
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { addComment, type Actor } from "../../workflow/index.js";
import type { RenderSettings } from "../doc-files.js";
import type { Api } from "../route.js";
import { actorOf, refuse } from "./documents.js";

export function commentRoutes(api: Api<Actor>, store: Store, settings: RenderSettings): void {
  api.route({
    method: "POST", url: "/api/documents/:id/comments", summary: "Ghi ý kiến vào văn bản", tag: "documents", auth: true, headers: ["Idempotency-Key"],
    params: z.strictObject({ id: z.uuid() }), body: z.strictObject({ body: z.string().max(5000) }),
    responses: { 201: { description: "{id, at}" } },
    handler: async ({ params, body, principal }) => {
      const r = await addComment(store, actorOf(principal), params.id, body.body, { now: settings.now() });
      if (!r.ok) refuse(r.issues);
      return { status: 201, body: r.value };
    },
  });
}
