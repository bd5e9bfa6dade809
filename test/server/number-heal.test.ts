// A number committed while its files were never rendered (the process died between the two): the files route renders them with the number.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { performAction, type Actor } from "../../src/workflow/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { harness, tokenFor, unit, type Harness } from "./harness.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
let h: Harness;
beforeAll(async () => {
  h = await harness({ renderWorkers: 1 });
});
afterAll(() => h.close());

describe("files of a number given just before a crash", () => {
  it("are rendered with the number and the date on the first read, and kept for the numbered revision", async () => {
    const unitId = await unit(h.store, "TH");
    const auth = await tokenFor(h.store, "TH", "registrar");
    const drafter: Actor = { userId: "u-drafter", unitId, roles: ["drafter"] };
    const approver: Actor = { userId: "u-approver", unitId, roles: ["approver"] };
    const registrar: Actor = { userId: "u-registrar", unitId, roles: ["registrar"] };
    // Through the API the draft's files are kept at creation; here the draft's files are made the same way.
    const made = await h.app.inject({ method: "POST", url: "/api/documents", headers: await tokenFor(h.store, "TH", "drafter"), payload: { record } });
    expect(made.statusCode).toBe(201);
    const id = made.json().id as string;
    await performAction(h.store, drafter, id, "submit");
    await performAction(h.store, approver, id, "approve");
    // The workflow commits the number; no render follows (what a SIGKILL right after the commit leaves).
    const numbered = await performAction(h.store, registrar, id, "number");
    expect(numbered.ok).toBe(true);
    const revision = numbered.ok ? numbered.value.revision : 0;
    const before = await h.store.db.selectFrom("document_files").select(["format", "revision"]).where("document_id", "=", id).execute();
    expect(before.every((f) => Number(f.revision) < revision)).toBe(true);

    const pdf = await h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: auth });
    expect(pdf.statusCode).toBe(200);
    const text = (await extractPdfText(new Uint8Array(pdf.rawPayload))).pages[0]!.items.map((i) => i.str).join(" ");
    expect(text).toMatch(/Số:\s*01\/QĐ-UBND/);
    const after = await h.store.db.selectFrom("document_files").select(["format", "revision"]).where("document_id", "=", id).orderBy("format").execute();
    expect(after.map((f) => [f.format, Number(f.revision)])).toEqual([["docx", revision], ["pdf", revision]]);
  });
});
