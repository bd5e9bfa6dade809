// Health, the OpenAPI document and the kinds: what a caller reads before anything else.
import { sql } from "kysely";
import { z } from "zod";
import { exampleRecord, getKindSchema, inputWorkbook, listKinds } from "../../index.js";
import type { Store } from "../../store/index.js";
import { openApiDocument } from "../openapi.js";
import { HttpProblem } from "../problem.js";
import type { Api } from "../route.js";

const kindId = z.strictObject({ kind: z.string().regex(/^[a-z0-9-]{1,64}$/) });

export function metaRoutes<A>(api: Api<A>, store: Store, version: string): void {
  api.route({
    method: "GET", url: "/healthz", summary: "Máy chủ và cơ sở dữ liệu còn trả lời", tag: "meta", auth: false,
    responses: { 200: { description: "Sẵn sàng", schema: z.object({ ok: z.literal(true) }) } },
    handler: async () => {
      await sql`select 1`.execute(store.db);
      return { status: 200, body: { ok: true } };
    },
  });
  let doc: object | undefined;
  api.route({
    method: "GET", url: "/openapi.json", summary: "Tài liệu OpenAPI 3.1 của mọi địa chỉ", tag: "meta", auth: false,
    responses: { 200: { description: "OpenAPI 3.1" } },
    handler: async () => ({ status: 200, body: (doc ??= openApiDocument(api.operations, version)) }),
  });
  api.route({
    method: "GET", url: "/api/kinds", summary: "Các loại văn bản (như cadre-docs kinds --json)", tag: "kinds", auth: false,
    responses: { 200: { description: "Danh sách loại văn bản" } },
    handler: async () => ({ status: 200, body: listKinds() }),
  });
  api.route({
    method: "GET", url: "/api/kinds/:kind/schema", summary: "JSON Schema của một loại văn bản (như cadre-docs schema)", tag: "kinds", auth: false,
    params: kindId,
    responses: { 200: { description: "JSON Schema 2020-12 với nhãn tiếng Việt" } },
    handler: async ({ params }) => {
      const r = getKindSchema(params.kind);
      if (!r.ok) throw new HttpProblem(404, r.issues);
      return { status: 200, body: r.value };
    },
  });
  api.route({
    method: "GET", url: "/api/kinds/:kind/example", summary: "Một bản ghi ví dụ của loại văn bản (điểm bắt đầu của biểu mẫu)", tag: "kinds", auth: false,
    params: kindId,
    responses: { 200: { description: "Bản ghi ví dụ" }, 404: { description: "Không có loại này" } },
    handler: async ({ params }) => {
      const r = await exampleRecord(params.kind);
      if (r === undefined) throw new HttpProblem(404, [{ code: "unknown_kind", path: ["kind"], params: { kind: params.kind, options: listKinds().map((k) => k.id).join(", ") }, severity: "error" }]);
      return { status: 200, body: r as object };
    },
  });
  api.route({
    method: "GET", url: "/api/kinds/:kind/workbook", summary: "Tệp Excel mẫu để điền của một loại văn bản (như cadre-docs form --xlsx)", tag: "kinds", auth: false,
    params: kindId,
    responses: { 200: { description: "Tệp .xlsx", content: "application/octet-stream" }, 404: { description: "Không có loại này" } },
    handler: async ({ params }) => {
      const r = await inputWorkbook(params.kind);
      if (!r.ok) throw new HttpProblem(r.issues[0]?.code === "unknown_kind" ? 404 : 422, r.issues);
      return {
        status: 200, body: Buffer.from(r.value), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers: { "content-disposition": `attachment; filename="${params.kind}.xlsx"` },
      };
    },
  });
}
