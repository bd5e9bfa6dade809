// A numbered signed document whose PDF is still the signer's (another process died between the two): the next read completes it once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../src/index.js";
import { bodySignaturesDue, performAction } from "../../src/workflow/index.js";
import { makePki } from "../sign/fixtures.js";
import { addKeys, approvedDocument, office, type Office } from "./crash-fixtures.js";
import { harness, type Harness } from "./harness.js";

let h: Harness;
let o: Office;
beforeAll(async () => {
  h = await harness();
  o = await office(h.store);
  await addKeys(h.store, makePki());
}, 60_000);
afterAll(() => h.close());

describe("a body signature owed by a numbered document", () => {
  it("is made by the first read of the PDF, once, even when two reads race", async () => {
    const id = await approvedDocument(h.store, o, true);
    // The number alone, as a process that died right after committing it leaves the document.
    const numbered = await performAction(h.store, { userId: "u-vanthu", unitId: o.unitId, roles: ["registrar"] }, id, "number");
    expect(numbered.ok).toBe(true);
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
    const id = await approvedDocument(h.store, o, true);
    await performAction(h.store, { userId: "u-vanthu", unitId: o.unitId, roles: ["registrar"] }, id, "number");
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
});
