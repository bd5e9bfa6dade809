// A document's current DOCX or PDF (rendered again when missing); the workflow audits a final file's download.
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { getDocument, type Actor } from "../../workflow/index.js";
import { currentFile, type RenderSettings } from "../doc-files.js";
import { HttpProblem } from "../problem.js";
import { settleBodySignature } from "../signing.js";
import type { Api } from "../route.js";
import { actorOf, refuse } from "./documents.js";

const TYPES = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" } as const;

export function fileRoutes(api: Api<Actor>, store: Store, settings: RenderSettings): void {
  api.route({
    method: "GET", url: "/api/documents/:id/files/:format", summary: "Tệp DOCX hoặc PDF hiện tại của văn bản", tag: "documents", auth: true,
    params: z.strictObject({ id: z.uuid(), format: z.enum(["docx", "pdf"]) }),
    // ?inline=1: shown in the browser (to read or print) instead of saved.
    query: z.strictObject({ inline: z.literal("1").optional() }),
    responses: { 200: { description: "Tệp", content: "application/octet-stream" }, 404: { description: "Không có" } },
    handler: async ({ params, query, principal }) => {
      const actor = actorOf(principal);
      const found = await getDocument(store, actor, params.id);
      if (!found.ok) refuse(found.issues);
      const d = found.value;
      if (params.format === "pdf") {
        const settled = await settleBodySignature(store, settings, d);
        if (!settled.ok) refuse(settled.issues);
      }
      const bytes = await currentFile(store, actor, d, params.format, settings);
      if (!bytes.ok) throw new HttpProblem(422, bytes.issues);
      const name = `${d.numberText ? d.numberText.replace(/[^\p{L}\p{N}-]+/gu, "-") : d.id}.${params.format}`;
      return {
        status: 200, body: Buffer.from(bytes.value), type: TYPES[params.format],
        headers: { "content-disposition": `${query.inline ? "inline" : "attachment"}; filename="${d.id}.${params.format}"; filename*=UTF-8''${encodeURIComponent(name)}`, etag: `"${d.etag}-${params.format}"`, "cache-control": "private, no-cache" },
      };
    },
  });
}
