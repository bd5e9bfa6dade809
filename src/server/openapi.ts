// OpenAPI 3.1 of every route, built from the same zod schemas that validate the requests and the kinds' schemas.
import { z } from "zod";
import { getKindSchema, listKinds } from "../index.js";

type Node = Record<string, unknown>;
export type Method = "GET" | "POST" | "PUT" | "DELETE";

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** Content type of a non-JSON answer (application/pdf, …). */
  content?: string;
}

export interface OperationDoc {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  auth: boolean;
  body?: z.ZodType;
  /** Content type of a non-JSON body (multipart/form-data). */
  bodyContent?: string;
  query?: z.ZodType;
  params?: z.ZodType;
  headers?: string[];
  responses: Record<number, ResponseDoc>;
}

/** Marks a field that holds a record of any kind: the document lists the kinds' schemas there. */
export const RECORD_MARK = "x-cadre-record";

function jsonSchema(schema: z.ZodType): Node {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Node;
  return replaceRecords(rest);
}

function replaceRecords(node: Node): Node {
  if (node[RECORD_MARK]) return { oneOf: listKinds().filter((k) => !k.bundle).map((k) => ({ $ref: `#/components/schemas/${k.id}` })), description: node.description };
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    if (Array.isArray(v)) out[k] = v.map((x) => (x && typeof x === "object" ? replaceRecords(x as Node) : x));
    else out[k] = v && typeof v === "object" ? replaceRecords(v as Node) : v;
  }
  return out;
}

/** Path, query and header parameters of one operation. */
function parameters(op: OperationDoc): Node[] {
  const list: Node[] = [];
  for (const [where, schema] of [["path", op.params], ["query", op.query]] as const) {
    if (!schema) continue;
    const s = jsonSchema(schema);
    const props = (s.properties ?? {}) as Record<string, Node>;
    const required = new Set((s.required ?? []) as string[]);
    for (const [name, p] of Object.entries(props)) list.push({ name, in: where, required: where === "path" || required.has(name), schema: p });
  }
  for (const h of op.headers ?? []) list.push({ name: h, in: "header", required: false, schema: { type: "string" } });
  return list;
}

function operation(op: OperationDoc): Node {
  const responses: Node = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const content = r.content ? { [r.content]: { schema: { type: "string", format: "binary" } } } : r.schema ? { "application/json": { schema: jsonSchema(r.schema) } } : undefined;
    responses[status] = { description: r.description, ...(content ? { content } : {}) };
  }
  responses.default = { description: "Lỗi: {message, issues[{code, path, params, severity, message}]}", content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  const body = op.bodyContent
    ? { required: true, content: { [op.bodyContent]: { schema: op.body ? jsonSchema(op.body) : { type: "object" } } } }
    : op.body
      ? { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } }
      : undefined;
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(op.auth ? { security: [{ session: [] }, { bearer: [] }] } : { security: [] }),
    parameters: parameters(op),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

const PROBLEM: Node = {
  type: "object",
  required: ["message", "issues"],
  properties: {
    message: { type: "string", description: "Thông báo tiếng Việt của vấn đề đầu tiên" },
    errorId: { type: "string", description: "Mã lỗi nội bộ (500) để tra nhật ký máy chủ" },
    issues: { type: "array", items: { type: "object", required: ["code", "path", "params", "severity", "message"], properties: { code: { type: "string" }, path: { type: "array", items: { type: ["string", "integer"] } }, params: { type: "object" }, severity: { enum: ["error", "warning"] }, message: { type: "string" } } } },
  },
};

/** The whole document; built once per server from the operations registered. */
export function openApiDocument(ops: readonly OperationDoc[], version: string): Node {
  const paths: Record<string, Node> = {};
  for (const op of ops) {
    const path = op.url.replace(/:(\w+)/g, "{$1}");
    (paths[path] ??= {})[op.method.toLowerCase()] = operation(op);
  }
  const schemas: Node = { Problem: PROBLEM };
  for (const k of listKinds()) {
    const s = getKindSchema(k.id);
    if (s.ok) {
      const { $schema: _s, ...rest } = s.value as Node;
      schemas[k.id] = rest;
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: "cadre-docs", version, description: "API của dịch vụ soạn, duyệt, cấp số và ban hành văn bản cadre-docs (Nghị định 30/2020/NĐ-CP, Quy định 66-QĐ/TW)." },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "cadre_session", description: "Phiên đăng nhập (POST /api/session); mọi yêu cầu ghi kèm tiêu đề X-Requested-With: cadre-docs" },
        bearer: { type: "http", scheme: "bearer", description: "Mã truy cập cho hệ thống khác (cadre-docs admin token add)" },
      },
    },
  };
}
