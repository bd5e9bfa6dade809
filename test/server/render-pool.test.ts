// The render pool beside the HTTP thread: the same PDF and DOCX bytes as the render on the HTTP thread, and a record past its budget fails alone.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRenderPool, renderDocument } from "../../src/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { harness, tokenFor, unit, type Harness } from "./harness.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
const AT = new Date("2026-03-02T03:04:05Z");
let pooled: Harness;
let plain: Harness;
let auth: Record<string, string>;
let plainAuth: Record<string, string>;

beforeAll(async () => {
  pooled = await harness({ renderWorkers: 1, now: () => AT });
  plain = await harness({ now: () => AT });
  await unit(pooled.store, "TH");
  await unit(plain.store, "TH");
  auth = await tokenFor(pooled.store, "TH", "drafter");
  plainAuth = await tokenFor(plain.store, "TH", "drafter");
}, 60_000);
afterAll(async () => {
  await pooled.close();
  await plain.close();
});

describe("render pool", () => {
  it("answers a preview with the same PDF bytes as the render on the HTTP thread", async () => {
    const res = await pooled.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: { record } });
    expect(res.statusCode).toBe(200);
    const direct = await renderDocument(record, { formats: ["pdf"], now: () => AT });
    expect(direct.ok).toBe(true);
    expect(Buffer.compare(res.rawPayload, Buffer.from(direct.ok ? direct.value.files.pdf! : []))).toBe(0);
    const text = (await extractPdfText(new Uint8Array(res.rawPayload))).pages[0]!.items.map((i) => i.str).join(" ");
    expect(text).toContain("Vũ Quang Bình");
    expect(text).toMatch(/Số:\s+\/QĐ-UBND/);
  });

  it("answers 422 with the record's issues from a thread as from the HTTP thread", async () => {
    const bad = { record: { ...record, date: "2026-02-31", extra: 1 } };
    const a = await pooled.app.inject({ method: "POST", url: "/api/preview", headers: auth, payload: bad });
    const b = await plain.app.inject({ method: "POST", url: "/api/preview", headers: plainAuth, payload: bad });
    expect(a.statusCode).toBe(422);
    expect(a.json()).toEqual(b.json());
  });

  it("keeps the same DOCX and PDF for a new draft whichever thread rendered them", async () => {
    const files = async (h: Harness, headers: Record<string, string>) => {
      const made = await h.app.inject({ method: "POST", url: "/api/documents", headers, payload: { record } });
      expect(made.statusCode).toBe(201);
      const id = made.json().id as string;
      const get = (f: string) => h.app.inject({ method: "GET", url: `/api/documents/${id}/files/${f}`, headers }).then((r) => r.rawPayload);
      return { docx: await get("docx"), pdf: await get("pdf") };
    };
    const a = await files(pooled, auth);
    const b = await files(plain, plainAuth);
    expect(a.docx.length).toBeGreaterThan(1000);
    expect(Buffer.compare(a.docx, b.docx)).toBe(0);
    expect(Buffer.compare(a.pdf, b.pdf)).toBe(0);
  });

  it("ends a render past its time budget with render_budget_exceeded, and the next render of the pool still answers", async () => {
    const pool = createRenderPool(1, {}, { timeoutMs: 1, memoryMb: 512 });
    try {
      const r = await pool.render(record, { formats: ["pdf"], now: AT });
      expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ code: "render_budget_exceeded", params: { limit: "time", seconds: 0.001 } })] });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
