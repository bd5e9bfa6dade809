// `serve --trust`: the external route accepts a signer whose certificate chains to a configured root, and refuses (422, in Vietnamese) one from another authority.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadP12, parseTrustAnchors } from "../../src/index.js";
import { signDigest } from "../../src/sign/cms.js";
import { issueCert, makeCa, p12Of } from "../helpers/test-ca.js";
import { makePki } from "../sign/fixtures.js";
import { addKeys, approvedDocument, office, type Office } from "./crash-fixtures.js";
import { harness, login, type Harness } from "./harness.js";

const pki = makePki();
let h: Harness;
let o: Office;
let as: Record<string, string>;

beforeAll(async () => {
  // Trusted: the test PKI's root only.
  h = await harness({ trust: parseTrustAnchors(pki.ca.certPem) });
  o = await office(h.store);
  await addKeys(h.store, pki);
  as = await login(h.app, "lanhdao");
}, 60_000);
afterAll(() => h.close());

const post = (url: string, payload: object) => h.app.inject({ method: "POST", url, payload, headers: as });

describe("the external route with trust anchors", () => {
  it("refuses a certificate of another authority, document unchanged; then signs with one that chains to the root", async () => {
    const id = await approvedDocument(h.store, o);
    const { handle, digest } = (await post(`/api/documents/${id}/sign/prepare`, {})).json() as { handle: string; digest: string };
    const stranger = loadP12(p12Of(issueCert(makeCa("Tổ chức chứng thực lạ"), "Bùi Thanh Tùng"), [], "pw"), "pw");
    const refused = await post(`/api/documents/${id}/sign/complete`, { handle, cms: Buffer.from(signDigest(Buffer.from(digest, "hex"), stranger.key, stranger.chain, new Date())).toString("base64") });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toContain("Chứng thư số của người ký (Bùi Thanh Tùng) không do tổ chức chứng thực được tin cậy cấp");
    expect((await h.app.inject({ method: "GET", url: `/api/documents/${id}`, headers: as })).json().state).toBe("approved");
    const lanhdao = loadP12(pki.signerP12, "mat-khau-1");
    const signed = await post(`/api/documents/${id}/sign/complete`, { handle, cms: Buffer.from(signDigest(Buffer.from(digest, "hex"), lanhdao.key, lanhdao.chain, new Date())).toString("base64") });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().state).toBe("signed");
  });
});
