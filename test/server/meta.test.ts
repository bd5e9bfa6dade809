// Health, OpenAPI, kinds, error answers and security headers of the HTTP service.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKindSchema, listKinds } from "../../src/index.js";
import { harness, type Harness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

describe("meta routes", () => {
  it("answers /healthz when the database answers", async () => {
    const res = await h.app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it("lists the kinds as `cadre-docs kinds --json` and gives a kind's schema", async () => {
    const kinds = await h.app.inject({ method: "GET", url: "/api/kinds" });
    expect(kinds.json()).toEqual(JSON.parse(JSON.stringify(listKinds())));
    const schema = await h.app.inject({ method: "GET", url: "/api/kinds/rotation-decision/schema" });
    expect(schema.statusCode).toBe(200);
    expect(schema.json()).toEqual(JSON.parse(JSON.stringify((getKindSchema("rotation-decision") as { value: object }).value)));
  });

  it("answers an unknown kind with 404 and a Vietnamese message, a malformed one with 400", async () => {
    const unknown = await h.app.inject({ method: "GET", url: "/api/kinds/khong-co/schema" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().issues[0].code).toBe("unknown_kind");
    expect(unknown.json().message).toMatch(/loại văn bản "khong-co" không có trong hệ thống/);
    const bad = await h.app.inject({ method: "GET", url: "/api/kinds/..%2F..%2Fetc%2Fpasswd/schema" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toEqual(["kind"]);
  });

  it("publishes OpenAPI 3.1 with every route and the kinds' schemas", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/admin/keys", "/api/admin/registers", "/api/admin/tokens", "/api/admin/tokens/{id}/revoke", "/api/admin/units", "/api/admin/users",
      "/api/admin/users/{id}/lock", "/api/admin/users/{id}/password", "/api/admin/users/{id}/roles", "/api/admin/users/{id}/unlock",
      "/api/audit", "/api/batches", "/api/batches/{id}", "/api/batches/{id}/cancel", "/api/batches/{id}/errors.xlsx", "/api/batches/{id}/files.zip",
      "/api/documents", "/api/documents/{id}", "/api/documents/{id}/actions/{action}", "/api/documents/{id}/comments", "/api/documents/{id}/files/{format}",
      "/api/kinds", "/api/kinds/{kind}/example", "/api/kinds/{kind}/schema", "/api/kinds/{kind}/workbook", "/api/preview", "/api/registers", "/api/registers/{id}/entries", "/api/session", "/healthz", "/openapi.json",
    ]);
    expect(doc.paths["/api/documents/{id}/actions/{action}"].post.parameters.find((p: { name: string }) => p.name === "action").schema.enum).toEqual(["submit", "approve", "return", "sign", "number", "issue", "cancel", "revoke"]);
    expect(doc.paths["/api/batches"].post.requestBody.content).toHaveProperty("multipart/form-data");
    expect(doc.paths["/api/session"].post.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
    expect(doc.paths["/api/kinds/{kind}/schema"].get.parameters[0]).toMatchObject({ name: "kind", in: "path", required: true });
    const preview = doc.paths["/api/preview"].post.requestBody.content["application/json"].schema;
    expect(preview.properties.record.oneOf).toContainEqual({ $ref: "#/components/schemas/rotation-decision" });
    expect(doc.components.schemas["rotation-decision"].properties.people).toBeDefined();
  });

  it("answers an unknown route with 404 in Vietnamese and sends the security headers", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/khong-co" });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/Không có địa chỉ GET "\/api\/khong-co"/);
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(res.headers["content-security-policy"]).not.toMatch(/unsafe-inline/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});
