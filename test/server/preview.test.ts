// POST /api/preview: a PDF of the record as it stands, 422 with Vietnamese issues, limits and error answers.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../helpers/pdf-text.js";
import { harness, tokenFor, unit, type Harness } from "./harness.js";

const record = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
let h: Harness;
let auth: Record<string, string>;
beforeAll(async () => {
  h = await harness();
  await unit(h.store, "TH");
  auth = await tokenFor(h.store, "TH", "drafter");
});
afterAll(() => h.close());

describe("POST /api/preview", () => {
  it("answers the PDF of a valid record", async () => {
    const res = await h.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: { record } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const text = (await extractPdfText(new Uint8Array(res.rawPayload))).pages[0]!.items.map((i) => i.str).join(" ");
    expect(text).toContain("Vũ Quang Bình");
  });

  it("answers 422 with every issue and its Vietnamese message", async () => {
    const bad = { ...record, date: "2026-02-31", extra: 1 };
    const res = await h.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: { record: bad } });
    expect(res.statusCode).toBe(422);
    const issues = res.json().issues as Array<{ code: string; path: string[]; message: string }>;
    expect(issues.map((i) => i.code).sort()).toEqual(["invalid_date", "unknown_key"]);
    expect(issues.find((i) => i.code === "invalid_date")!.message).toBe('Lỗi: Trường "Ngày ban hành": ngày "2026-02-31" không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.');
  });

  it("refuses a request body with unknown keys (400) and one without a session or token (401)", async () => {
    const extra = await h.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: { record, other: 1 } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues[0]).toMatchObject({ code: "unknown_key", path: ["other"] });
    const anonymous = await h.app.inject({ method: "POST", url: "/api/preview", payload: { record } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toMatch(/Chưa đăng nhập/);
  });

  it("answers 413 in Vietnamese past 1 MB of JSON and 400 for broken JSON", async () => {
    const big = await h.app.inject({ method: "POST", url: "/api/preview", headers: { ...auth, "content-type": "application/json" }, payload: JSON.stringify({ record: { ...record, executors: "x".repeat(1_100_000) } }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toMatch(/vượt giới hạn 1 MB/);
    const broken = await h.app.inject({ method: "POST", url: "/api/preview", headers: { ...auth, "content-type": "application/json" }, payload: "{\"record\": " });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0].code).toBe("request_invalid");
  });
});
