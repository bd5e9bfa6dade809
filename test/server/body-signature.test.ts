// A numbered signed document whose PDF is still the signer's (another process died between the two): the next read completes it once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../src/index.js";
import { bodySignaturesDue, performAction } from "../../src/workflow/index.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { makePki } from "../sign/fixtures.js";
import { addKeys, approvedDocument, office, type Office } from "./crash-fixtures.js";
import { harness, type Harness } from "./harness.js";

const pki = makePki();

/** The body's signature owed, as a process that died right after committing the number leaves the document. */
async function owed(h: Harness, o: Office): Promise<string> {
  const id = await approvedDocument(h.store, o, true);
  const numbered = await performAction(h.store, { userId: "u-vanthu", unitId: o.unitId, roles: ["registrar"] }, id, "number");
  expect(numbered.ok).toBe(true);
  return id;
}

function cases(open: () => Promise<{ h: Harness; drop?: () => Promise<void> }>): void {
  let h: Harness;
  let o: Office;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ h, drop } = await open());
    o = await office(h.store);
    await addKeys(h.store, pki);
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await drop?.();
  });

  it("is made by the first read of the PDF, once, even when two reads race", async () => {
    const id = await owed(h, o);
    expect((await bodySignaturesDue(h.store)).map((d) => d.id)).toEqual([id]);
    const read = () => h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: o.headers.drafter });
    const [a, b] = await Promise.all([read(), read()]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    expect((await verifyPdf(a.rawPayload)).map((r) => [r.role, r.valid])).toEqual([["signer", true], ["body", true]]);
    expect(await bodySignaturesDue(h.store)).toEqual([]);
    const audit = await h.store.db.selectFrom("audit_log").select(["action", "user_id"]).where("document_id", "=", id).where("action", "=", "body_sign_recovered").execute();
    expect(audit).toEqual([{ action: "body_sign_recovered", user_id: "system:recovery" }]);
  }, 60_000);

  it("without the unit's key the PDF is refused in Vietnamese rather than served without the body's signature", async () => {
    const id = await owed(h, o);
    const saved = await h.store.db.selectFrom("signing_keys").selectAll().where("owner", "like", "unit:%").execute();
    await h.store.db.deleteFrom("signing_keys").where("owner", "like", "unit:%").execute();
    try {
      const r = await h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: o.headers.registrar });
      expect(r.statusCode).toBe(409);
      expect(r.json().message).toMatch(/đã được cho số nhưng chưa có chữ ký số của cơ quan .* chưa ký bù được/);
    } finally {
      await h.store.db.insertInto("signing_keys").values(saved).execute();
    }
    const again = await h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: o.headers.registrar });
    expect((await verifyPdf(again.rawPayload)).map((r) => r.role)).toEqual(["signer", "body"]);
  }, 60_000);
}

describe("a body signature owed by a numbered document (SQLite)", () => cases(async () => ({ h: await harness() })));

describePg("a body signature owed by a numbered document (PostgreSQL)", (url) =>
  cases(async () => {
    const db = await freshPgDatabase(url);
    return { h: await harness({ databaseUrl: db.url }), drop: db.drop };
  }));
