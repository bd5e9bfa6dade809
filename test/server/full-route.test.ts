// The full route of a decision through the API: create, submit, return, edit, submit, approve, number, issue; the number in the PDF and the register.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../helpers/pdf-text.js";
import { harness, login, unit, user, type Harness } from "./harness.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
// 06:30 on 2 March 2026 in Hà Nội is 23:30 UTC the day before: the document is dated 02/03/2026.
const NOW = new Date("2026-03-01T23:30:00Z");
let h: Harness;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  h = await harness({ now: () => NOW });
  await unit(h.store, "TH");
  for (const [name, role] of [["chuyenvien", "drafter"], ["lanhdao", "approver"], ["vanthu", "registrar"]] as const) await user(h.store, "TH", name, role);
  for (const name of ["chuyenvien", "lanhdao", "vanthu"]) as[name] = await login(h.app, name);
});
afterAll(() => h.close());

const pdfText = async (bytes: Buffer) => (await extractPdfText(new Uint8Array(bytes))).pages.flatMap((p) => p.items.map((i) => i.str)).join(" ");

describe("a decision through the API", () => {
  it("goes from draft to issued with the number in its PDF and in the register", async () => {
    const inject = (who: string, method: "GET" | "POST" | "PUT", url: string, payload?: object, headers: Record<string, string> = {}) =>
      h.app.inject({ method, url, payload, headers: { ...as[who], ...headers } });
    const created = await inject("chuyenvien", "POST", "/api/documents", { record });
    expect(created.statusCode, created.body).toBe(201);
    const { id, state, etag } = created.json();
    expect(state).toBe("draft");
    expect(created.headers.etag).toBe(`"${etag}"`);
    const draftPdf = await inject("chuyenvien", "GET", `/api/documents/${id}/files/pdf`);
    expect(draftPdf.statusCode).toBe(200);
    expect(await pdfText(draftPdf.rawPayload)).toMatch(/Số:\s*\/QĐ-UBND/);

    expect((await inject("chuyenvien", "POST", `/api/documents/${id}/actions/submit`, {})).statusCode).toBe(200);
    const noReason = await inject("lanhdao", "POST", `/api/documents/${id}/actions/return`, {});
    expect(noReason.statusCode).toBe(422);
    const returned = await inject("lanhdao", "POST", `/api/documents/${id}/actions/return`, { comment: "Sửa lại thời hạn luân chuyển" });
    expect(returned.json().state).toBe("draft");

    const comment = await inject("chuyenvien", "POST", `/api/documents/${id}/comments`, { body: "Đã sửa theo ý kiến lãnh đạo" });
    expect(comment.statusCode).toBe(201);
    const read = await inject("chuyenvien", "GET", `/api/documents/${id}`);
    expect(read.json().comments.map((c: { body: string }) => c.body)).toEqual(["Đã sửa theo ý kiến lãnh đạo"]);
    const changed = { ...record, proposer: "Giám đốc Sở Nội vụ tỉnh Thanh Hóa" };
    const stale = await inject("chuyenvien", "PUT", `/api/documents/${id}`, { record: changed }, { "if-match": `"${etag}"` });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().message).toMatch(/đã được người khác thay đổi/);
    const edited = await inject("chuyenvien", "PUT", `/api/documents/${id}`, { record: changed }, { "if-match": read.headers.etag as string });
    expect(edited.statusCode, edited.body).toBe(200);

    expect((await inject("chuyenvien", "POST", `/api/documents/${id}/actions/submit`, {})).statusCode).toBe(200);
    expect((await inject("lanhdao", "POST", `/api/documents/${id}/actions/approve`, {})).statusCode).toBe(200);
    const numbered = await inject("vanthu", "POST", `/api/documents/${id}/actions/number`, {});
    expect(numbered.statusCode, numbered.body).toBe(200);
    expect(numbered.json()).toMatchObject({ state: "numbered", number: 1, numberText: "01/QĐ-UBND" });
    const issued = await inject("vanthu", "POST", `/api/documents/${id}/actions/issue`, {});
    expect(issued.json().state).toBe("issued");

    const pdf = await inject("vanthu", "GET", `/api/documents/${id}/files/pdf`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toMatch(/Số:\s*01\/QĐ-UBND/);
    expect(text).toContain("ngày 02 tháng 3 năm 2026");
    expect(text).toContain("Giám đốc Sở Nội vụ tỉnh Thanh Hóa");

    const doc = (await inject("vanthu", "GET", `/api/documents/${id}`)).json();
    expect(doc.history.map((x: { action: string }) => x.action)).toEqual(["create", "submit", "return", "edit", "submit", "approve", "number", "issue"]);
    const registers = (await inject("vanthu", "GET", "/api/registers")).json().items;
    const entries = (await inject("vanthu", "GET", `/api/registers/${registers[0].id}/entries?year=2026`)).json().items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ number: 1, numberText: "01/QĐ-UBND", date: "02/03/2026", documentId: id, signer: "Bùi Thanh Tùng" });
    const trail = (await inject("vanthu", "GET", `/api/audit?document=${id}`)).json().items.map((x: { action: string }) => x.action);
    expect(trail).toEqual(expect.arrayContaining(["create", "submit", "return", "edit", "approve", "number", "issue", "download"]));
    // One read of the issued PDF, one audit entry, whether its file was ready or rendered on demand.
    expect(trail.filter((a: string) => a === "download")).toHaveLength(1);
  });
});
