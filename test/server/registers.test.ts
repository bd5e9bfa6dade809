// The register through the API: entries as JSON, the printable register as .xlsx and PDF with the ten columns of Phụ lục IV.
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_COLUMNS, createDocument, performAction, type Actor } from "../../src/workflow/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { harness, tokenFor, unit, type Harness } from "./harness.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
let h: Harness;
let auth: Record<string, string>;
let registerId: string;

beforeAll(async () => {
  h = await harness({ now: () => new Date("2026-04-10T03:00:00Z") });
  const unitId = await unit(h.store, "TH");
  auth = await tokenFor(h.store, "TH", "registrar");
  const d: Actor = { userId: "d", unitId, roles: ["drafter"] };
  const a: Actor = { userId: "a", unitId, roles: ["approver"] };
  const r: Actor = { userId: "r", unitId, roles: ["registrar"] };
  for (let i = 0; i < 3; i++) {
    const x = await createDocument(h.store, d, { kind: "rotation-decision", record });
    if (!x.ok) throw new Error("create");
    await performAction(h.store, d, x.value.id, "submit");
    await performAction(h.store, a, x.value.id, "approve");
    await performAction(h.store, r, x.value.id, "number", { now: new Date("2026-04-10T03:00:00Z") });
  }
  registerId = (await h.app.inject({ method: "GET", url: "/api/registers", headers: auth })).json().items[0].id;
});
afterAll(() => h.close());

describe("registers", () => {
  it("lists the entries of a year in number order", async () => {
    const items = (await h.app.inject({ method: "GET", url: `/api/registers/${registerId}/entries?year=2026`, headers: auth })).json().items;
    expect(items.map((e: { numberText: string }) => e.numberText)).toEqual(["01/QĐ-UBND", "02/QĐ-UBND", "03/QĐ-UBND"]);
    expect((await h.app.inject({ method: "GET", url: `/api/registers/${registerId}/entries?year=2025`, headers: auth })).json().items).toEqual([]);
  });

  it("prints the register as .xlsx with the ten headings and one row per number", async () => {
    const res = await h.app.inject({ method: "GET", url: `/api/registers/${registerId}/entries?year=2026&format=xlsx`, headers: auth });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026");
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(REGISTER_COLUMNS.map((c) => c.title));
    expect((ws.getRow(6).values as unknown[]).slice(1, 4)).toEqual(["01/QĐ-UBND", "10/04/2026", expect.stringContaining("Quyết định")]);
    expect(ws.getRow(8).getCell(1).value).toBe("03/QĐ-UBND");
  });

  it("prints the register as PDF with the headings and the numbers", async () => {
    const res = await h.app.inject({ method: "GET", url: `/api/registers/${registerId}/entries?year=2026&format=pdf`, headers: auth });
    expect(res.headers["content-type"]).toBe("application/pdf");
    if (process.env.KEEP_REGISTER_PDF) writeFileSync(process.env.KEEP_REGISTER_PDF, res.rawPayload);
    const text = (await extractPdfText(new Uint8Array(res.rawPayload))).pages.flatMap((p) => p.items.map((i) => i.str)).join(" ");
    expect(text).toContain("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026");
    for (const n of ["01/QĐ-UBND", "02/QĐ-UBND", "03/QĐ-UBND", "Bùi Thanh Tùng"]) expect(text).toContain(n);
    expect(text.replace(/\s+/g, " ")).toContain("Ghi chú");
  });
});
