// The external signing route over HTTP: prepare → the signer's device makes the CMS (openssl cms, or node-forge) → complete.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadP12, verifyPdf } from "../../src/index.js";
import { signDigest } from "../../src/sign/cms.js";
import { issueCert, p12Of } from "../helpers/test-ca.js";
import { signatureImage } from "../helpers/png.js";
import { makePki, toolCheck } from "../sign/fixtures.js";
import { addKeys, approvedDocument, office, type Office } from "./crash-fixtures.js";
import { harness, login, user, type Harness } from "./harness.js";

const pki = makePki();
const openssl = toolCheck("openssl", "the external route with a CMS made by openssl cms");
const pdfsig = toolCheck("pdfsig", "pdfsig check of an externally signed PDF");
let h: Harness;
let o: Office;
let shift = 0;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  h = await harness({ now: () => new Date(Date.now() + shift) });
  o = await office(h.store);
  await addKeys(h.store, pki);
  await user(h.store, "TH", "phochutich", "approver");
  for (const name of ["lanhdao", "phochutich", "chuyenvien"]) as[name] = await login(h.app, name);
}, 60_000);
afterAll(() => h.close());

const post = (who: string, url: string, payload: object, headers: Record<string, string> = {}) => h.app.inject({ method: "POST", url, payload, headers: { ...as[who], ...headers } });
const prepare = (who: string, id: string, payload: object = {}) => post(who, `/api/documents/${id}/sign/prepare`, payload);
const complete = (who: string, id: string, handle: string, cms: Uint8Array, headers: Record<string, string> = {}) =>
  post(who, `/api/documents/${id}/sign/complete`, { handle, cms: Buffer.from(cms).toString("base64") }, headers);
const lanhdao = loadP12(pki.signerP12, "mat-khau-1");

/** The signer's device: a detached CAdES CMS over the prepared bytes, made by openssl outside this process. */
function opensslCms(content: Buffer): Buffer {
  const f = (n: string) => join(h.dir, n);
  writeFileSync(f("content.bin"), content);
  writeFileSync(f("signer.pem"), pki.signer.certPem);
  writeFileSync(f("signer.key"), pki.signer.keyPem);
  writeFileSync(f("ca.pem"), pki.ca.certPem);
  const r = spawnSync("openssl", ["cms", "-sign", "-binary", "-cades", "-md", "sha256", "-in", f("content.bin"), "-signer", f("signer.pem"), "-inkey", f("signer.key"), "-certfile", f("ca.pem"), "-outform", "DER", "-out", f("sig.p7s")], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return readFileSync(f("sig.p7s"));
}

describe.runIf(openssl.run)("prepare and complete with a CMS made by openssl cms", () => {
  it("signs the document as `sign` does; numbering adds the body's signature; both valid", async () => {
    openssl.require();
    const id = await approvedDocument(h.store, o);
    const p = await prepare("lanhdao", id);
    expect(p.statusCode, p.body).toBe(200);
    const { handle, digest, signedBytes } = p.json() as { handle: string; digest: string; signedBytes: string };
    expect(createHash("sha256").update(Buffer.from(signedBytes, "base64")).digest("hex")).toBe(digest);
    const c = await complete("lanhdao", id, handle, opensslCms(Buffer.from(signedBytes, "base64")));
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json()).toMatchObject({ state: "signed" });
    const numbered = await h.app.inject({ method: "POST", url: `/api/documents/${id}/actions/number`, payload: {}, headers: o.headers.registrar });
    expect(numbered.json()).toMatchObject({ state: "numbered", numberText: "01/QĐ-UBND" });
    const pdf = (await h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: o.headers.registrar })).rawPayload;
    expect((await verifyPdf(pdf)).map((r) => [r.role, r.signer, r.valid])).toEqual([["signer", "Bùi Thanh Tùng", true], ["body", "Ủy ban nhân dân tỉnh Thanh Hóa", true]]);
    if (pdfsig.run) {
      pdfsig.require();
      writeFileSync(join(h.dir, "external.pdf"), pdf);
      const out = spawnSync("pdfsig", [join(h.dir, "external.pdf")], { encoding: "utf8" }).stdout;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
    }
  }, 60_000);
});

describe("the external route's rules", () => {
  it("takes an image sent with prepare, keeps the answer of complete under its Idempotency-Key, and audits the external signer", async () => {
    const id = await approvedDocument(h.store, o);
    const noImage = await prepare("phochutich", id);
    expect(noImage.statusCode).toBe(409);
    expect(noImage.json().message).toMatch(/chưa có ảnh chữ ký trên hệ thống và yêu cầu không gửi kèm ảnh chữ ký/);
    const p = await prepare("phochutich", id, { image: signatureImage().toString("base64") });
    expect(p.statusCode, p.body).toBe(200);
    const { handle, digest } = p.json() as { handle: string; digest: string };
    const cms = signDigest(Buffer.from(digest, "hex"), lanhdao.key, lanhdao.chain, new Date());
    const key = { "idempotency-key": "ky-ngoai-1" };
    const [first, again] = [await complete("phochutich", id, handle, cms, key), await complete("phochutich", id, handle, cms, key)];
    expect([first.statusCode, again.statusCode, again.headers["idempotent-replayed"]]).toEqual([200, 200, "true"]);
    expect(again.json()).toEqual(first.json());
    const signs = await h.store.db.selectFrom("audit_log").select("detail").where("document_id", "=", id).where("action", "=", "sign").execute();
    expect(signs.map((s) => JSON.parse(s.detail))).toEqual([expect.objectContaining({ from: "approved", to: "signed", route: "external", signer: "Bùi Thanh Tùng" })]);
    const pdf = (await h.app.inject({ method: "GET", url: `/api/documents/${id}/files/pdf`, headers: as.phochutich })).rawPayload;
    expect((await verifyPdf(pdf)).map((r) => r.valid)).toEqual([true]);
    // Signed now: the same handle cannot sign twice.
    const late = await complete("phochutich", id, handle, cms);
    expect(late.statusCode).toBe(409);
  }, 60_000);

  it("refuses a CMS over other bytes, an expired certificate, a forged or foreign handle, and one past its hour; the document stays approved", async () => {
    const id = await approvedDocument(h.store, o);
    const { handle, digest } = (await prepare("lanhdao", id)).json() as { handle: string; digest: string };
    const wrong = await complete("lanhdao", id, handle, signDigest(createHash("sha256").update("khác").digest(), lanhdao.key, lanhdao.chain, new Date()));
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().message).toMatch(/không khớp với văn bản đã chuẩn bị .* Văn bản giữ nguyên trạng thái/);
    const old = issueCert(pki.ca, "Người Hết Hạn", { from: new Date("2020-01-01"), to: new Date("2021-01-01") });
    const expired = loadP12(p12Of(old, [pki.ca], "pw"), "pw");
    const exp = await complete("lanhdao", id, handle, signDigest(Buffer.from(digest, "hex"), expired.key, expired.chain, new Date("2020-06-01")));
    expect(exp.json().message).toMatch(/đã hết hiệu lực/);
    const good = signDigest(Buffer.from(digest, "hex"), lanhdao.key, lanhdao.chain, new Date());
    const [body, tag] = handle.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), x: Date.now() + 1e9 })).toString("base64url");
    expect((await complete("lanhdao", id, `${forged}.${tag}`, good)).json().issues[0].code).toBe("signing_handle_invalid");
    const foreign = await complete("phochutich", id, handle, good);
    expect(foreign.json().message).toMatch(/cấp cho văn bản hay người ký khác/);
    shift = 61 * 60_000;
    try {
      expect((await complete("lanhdao", id, handle, good)).json().message).toMatch(/phiên chuẩn bị ký đã hết hạn \(quá 60 phút/i);
    } finally {
      shift = 0;
    }
    expect((await h.app.inject({ method: "GET", url: `/api/documents/${id}`, headers: as.lanhdao })).json().state).toBe("approved");
  }, 60_000);

  it("refuses prepare to a drafter (403); a document edited after prepare (back to submitted) is not signed, nor prepared again (409)", async () => {
    const id = await approvedDocument(h.store, o);
    expect((await prepare("chuyenvien", id)).statusCode).toBe(403);
    const { handle, digest } = (await prepare("lanhdao", id)).json() as { handle: string; digest: string };
    const doc = (await h.app.inject({ method: "GET", url: `/api/documents/${id}`, headers: as.lanhdao })).json() as { etag: string; record: object };
    const edited = await h.app.inject({ method: "PUT", url: `/api/documents/${id}`, payload: { record: doc.record }, headers: { ...as.lanhdao, "if-match": `"${doc.etag}"` } });
    expect(edited.json().state).toBe("submitted");
    const r = await complete("lanhdao", id, handle, signDigest(Buffer.from(digest, "hex"), lanhdao.key, lanhdao.chain, new Date()));
    expect(r.statusCode).toBe(409);
    expect((await prepare("lanhdao", id)).statusCode).toBe(409);
  }, 60_000);
});
