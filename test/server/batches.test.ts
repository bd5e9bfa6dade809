// Batches through the API: upload → 202, progress, files.zip and errors.xlsx; an upload over 20 MB is a 413 in Vietnamese.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillInputWorkbook } from "../../src/index.js";
import { harness, multipart, tokenFor, unit, waitBatch, type Harness } from "./harness.js";

const record = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
let h: Harness;
let auth: Record<string, string>;
beforeAll(async () => {
  h = await harness({ batchWorkers: 1 });
  await unit(h.store, "TH");
  auth = await tokenFor(h.store, "TH", "drafter");
});
afterAll(() => h.close());

const lines = (n: number, bad: number[] = []) =>
  Array.from({ length: n }, (_, i) => JSON.stringify(bad.includes(i + 1) ? { ...record, number: i + 1, date: "2026-02-30" } : { ...record, number: i + 1 })).join("\n");

describe("batches", () => {
  it("renders final documents from JSON Lines, reports the bad record, gives files.zip and errors.xlsx", async () => {
    const { payload, headers } = multipart("quyet-dinh.jsonl", lines(4, [3]));
    const res = await h.app.inject({ method: "POST", url: "/api/batches?mode=final", headers: { ...auth, ...headers }, payload });
    expect(res.statusCode, res.body).toBe(202);
    const b = await waitBatch(h.app, res.json().id, auth);
    expect(b).toMatchObject({ state: "done", mode: "final", records: 4, done: 3, failed: 1 });
    expect((b.failures as Array<{ record: number; issues: Array<{ message: string }> }>)[0]).toMatchObject({ record: 3 });
    // The upload is named as the clerk sent it, never by where the server keeps it.
    expect((b.failures as Array<{ issues: Array<{ message: string }> }>)[0]!.issues[0]!.message).toMatch(/^Lỗi: Tệp quyet-dinh\.jsonl, bản ghi 3, .*không tồn tại/);
    const zip = await JSZip.loadAsync((await h.app.inject({ method: "GET", url: b.files as string, headers: auth })).rawPayload);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names.filter((n) => n.endsWith(".pdf"))).toHaveLength(3);
    expect(names.filter((n) => n.endsWith(".docx"))).toHaveLength(3);
    // The manifest and reports kept to resume the batch stay out of the clerk's zip.
    expect(names.filter((n) => !/\.(pdf|docx)$/.test(n))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await h.app.inject({ method: "GET", url: b.errors as string, headers: auth })).rawPayload as unknown as ArrayBuffer);
    const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(" ");
    expect(text).toMatch(/Tệp quyet-dinh\.jsonl, bản ghi 3, .*không tồn tại/);
    expect(text).not.toContain(h.dir);
  });

  it("an uploaded workbook: its bad cell is marked in errors.xlsx, and every message names the file as uploaded", async () => {
    const filled = await fillInputWorkbook(new Uint8Array(readFileSync("inputs/xlsx/rotation-decision.xlsx")), [{ ...record, date: "2026-02-30" }]);
    if (!filled.ok) throw new Error("not filled");
    const { payload, headers } = multipart("luan-chuyen.xlsx", Buffer.from(filled.value));
    const res = await h.app.inject({ method: "POST", url: "/api/batches?mode=final", headers: { ...auth, ...headers }, payload });
    expect(res.statusCode, res.body).toBe(202);
    const b = await waitBatch(h.app, res.json().id, auth);
    const message = (b.failures as Array<{ issues: Array<{ message: string }> }>)[0]!.issues[0]!.message;
    expect(message).toMatch(/^Lỗi: Tệp luan-chuyen\.xlsx, /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await h.app.inject({ method: "GET", url: b.errors as string, headers: auth })).rawPayload as unknown as ArrayBuffer);
    const noted = wb.worksheets.flatMap((ws) => {
      const out: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => c.note && out.push(typeof c.note === "string" ? c.note : (c.note.texts ?? []).map((t) => t.text).join(""))));
      return out;
    });
    expect(noted.join(" ")).toMatch(/không tồn tại/);
    const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(" ");
    expect(text).toContain("luan-chuyen.xlsx");
    expect(text).not.toContain(h.dir);
  });

  it("makes one draft per valid record of a JSON Lines upload, with its files, and replays the same upload under its Idempotency-Key", async () => {
    const { payload, headers } = multipart("du-thao.jsonl", lines(3, [2]));
    const send = () => h.app.inject({ method: "POST", url: "/api/batches?mode=drafts", headers: { ...auth, ...headers, "idempotency-key": "lo-1" }, payload });
    const res = await send();
    expect(res.statusCode, res.body).toBe(202);
    expect((await send()).json().id).toBe(res.json().id);
    const b = await waitBatch(h.app, res.json().id, auth);
    expect(b).toMatchObject({ state: "done", mode: "drafts", records: 3, done: 2, failed: 1 });
    const docs = (await h.app.inject({ method: "GET", url: "/api/documents?state=draft", headers: auth })).json();
    expect(docs.total).toBe(2);
    expect(docs.items.every((d: { number: number | null }) => d.number === null)).toBe(true);
    const zip = await JSZip.loadAsync((await h.app.inject({ method: "GET", url: b.files as string, headers: auth })).rawPayload);
    expect(Object.keys(zip.files).filter((n) => n.endsWith(".pdf"))).toHaveLength(2);
  });

  it("refuses 30 MB with 413 and a Vietnamese message, and a file type it cannot read with 415", async () => {
    const big = multipart("lon.jsonl", Buffer.alloc(30 * 1024 * 1024, 0x20));
    const res = await h.app.inject({ method: "POST", url: "/api/batches", headers: { ...auth, ...big.headers }, payload: big.payload });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe("Lỗi: Nội dung gửi lên vượt giới hạn 20 MB. Hãy tách dữ liệu thành nhiều tệp hoặc nhiều lần gửi nhỏ hơn.");
    const exe = multipart("virus.exe", "MZ");
    const bad = await h.app.inject({ method: "POST", url: "/api/batches", headers: { ...auth, ...exe.headers }, payload: exe.payload });
    expect(bad.statusCode).toBe(415);
  });

  it("keeps a batch to its unit (404 to another unit)", async () => {
    const { payload, headers } = multipart("a.jsonl", lines(1));
    const id = (await h.app.inject({ method: "POST", url: "/api/batches?mode=final", headers: { ...auth, ...headers }, payload })).json().id;
    await unit(h.store, "NA");
    const stranger = await tokenFor(h.store, "NA", "drafter");
    expect((await h.app.inject({ method: "GET", url: `/api/batches/${id}`, headers: stranger })).statusCode).toBe(404);
    await waitBatch(h.app, id, auth);
  });
});
