// POST /api/preview: the PDF of a record as it stands, for the live preview; fonts and templates are kept warm.
import { z } from "zod";
import { exampleRecord, renderDocument } from "../../index.js";
import { renderOne, type RenderSettings } from "../doc-files.js";
import { RECORD_MARK } from "../openapi.js";
import { HttpProblem } from "../problem.js";
import type { Api } from "../route.js";

export const recordField = z.record(z.string(), z.unknown()).meta({ [RECORD_MARK]: true, description: "Bản ghi của một loại văn bản (trường kind chọn loại)" });
export const previewBody = z.strictObject({ record: recordField });

/** The record each render thread (or the HTTP thread) renders once at start. */
export const warmRecord = (): Promise<unknown> => exampleRecord("rotation-decision");

/** Renders one decision once so the first clerk does not pay for loading fonts, metrics and templates (the pool's threads warm themselves). */
export async function warmUp(settings: RenderSettings): Promise<void> {
  const record = await warmRecord();
  if (record) await renderDocument(record, { formats: ["pdf"], fonts: settings.fonts, now: settings.now });
}

export function previewRoutes<A>(api: Api<A>, settings: RenderSettings): void {
  api.route({
    method: "POST", url: "/api/preview", summary: "Bản xem trước PDF của bản ghi (chưa có số)", tag: "documents", auth: true, readOnly: true,
    body: previewBody,
    responses: { 200: { description: "Tệp PDF", content: "application/pdf" }, 422: { description: "Bản ghi có lỗi: {issues}" } },
    handler: async ({ body }) => {
      // The PDF only; in the render pool when the server has one (the HTTP thread stays free for other requests).
      const r = await renderOne(body.record, settings, { formats: ["pdf"], now: settings.now() });
      if (!r.ok) throw new HttpProblem(422, r.issues);
      return { status: 200, body: Buffer.from(r.value.files.pdf!), type: "application/pdf", headers: { "cache-control": "no-store" } };
    },
  });
}
