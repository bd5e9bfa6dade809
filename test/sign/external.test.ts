// checkExternalCms: what the service and `sign --complete` accept from a signer's device before the CMS goes into the PDF.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkExternalCms, parseTrustAnchors, SignError } from "../../src/index.js";
import { signDigest } from "../../src/sign/cms.js";
import { issueCert, makeCa, p12Of } from "../helpers/test-ca.js";
import { loadP12, signMessageFor } from "./api.js";
import { makePki } from "./fixtures.js";

const pki = makePki();
const signer = loadP12(pki.signerP12, "mat-khau-1");
const digest = createHash("sha256").update("nội dung đã chuẩn bị").digest();
const now = new Date();

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof SignError) return { code: err.code, message: signMessageFor(err.code, err.params) };
    throw err;
  }
  throw new Error("accepted");
}

describe("checkExternalCms", () => {
  it("accepts a CMS over the prepared digest and names its signer", () => {
    const cms = signDigest(digest, signer.key, signer.chain, now);
    expect(checkExternalCms(cms, digest, now)).toMatchObject({ subject: "Bùi Thanh Tùng", certSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("refuses a CMS over another digest, a changed signature, bytes that are not CMS, and one too large for its place", () => {
    const other = signDigest(createHash("sha256").update("khác").digest(), signer.key, signer.chain, now);
    expect(refusal(() => checkExternalCms(other, digest, now))).toMatchObject({ code: "sign_external_mismatch", message: expect.stringContaining("không khớp với văn bản đã chuẩn bị") });
    const cms = Buffer.from(signDigest(digest, signer.key, signer.chain, now));
    // The RSA signature value is the CMS's last 256 bytes before the certificates' end: flip a byte of it.
    const tampered = Buffer.from(cms);
    const sigAt = tampered.indexOf(Buffer.from(cms.subarray(cms.length - 40, cms.length - 20)));
    tampered[sigAt] = tampered[sigAt]! ^ 0xff;
    expect(refusal(() => checkExternalCms(tampered, digest, now)).code).toBe("sign_external_invalid");
    expect(refusal(() => checkExternalCms(Buffer.from("không phải CMS"), digest, now))).toMatchObject({ code: "sign_external_invalid", message: expect.stringContaining("không đọc được") });
    expect(refusal(() => checkExternalCms(Buffer.alloc(20_000, 1), digest, now)).code).toBe("sign_external_too_large");
  });

  it("with trust anchors: accepts a signer whose certificate chains to one, refuses one from another authority", () => {
    const cms = signDigest(digest, signer.key, signer.chain, now);
    const ours = parseTrustAnchors(pki.ca.certPem);
    expect(checkExternalCms(cms, digest, now, ours).subject).toBe("Bùi Thanh Tùng");
    // The chain in the CMS fills the gap between the signer and a root that is an anchor.
    const root = makeCa("Tổ chức chứng thực gốc thử");
    const sub = issueCert(root, "Tổ chức chứng thực cấp dưới thử", { ca: true });
    const leaf = loadP12(p12Of(issueCert(sub, "Lê Thị Ký"), [sub, root], "pw"), "pw");
    expect(checkExternalCms(signDigest(digest, leaf.key, leaf.chain, now), digest, now, parseTrustAnchors(root.certPem)).subject).toBe("Lê Thị Ký");
    const foreign = parseTrustAnchors(makeCa("Tổ chức chứng thực khác").certPem);
    expect(refusal(() => checkExternalCms(cms, digest, now, foreign))).toEqual({
      code: "sign_external_untrusted",
      message: "Chứng thư số của người ký (Bùi Thanh Tùng) không do tổ chức chứng thực được tin cậy cấp: không nối được tới chứng thư gốc nào trong danh sách tin cậy đã cấu hình. " +
        "Hãy ký bằng chứng thư số còn hiệu lực của tổ chức được tin cậy (chữ ký số chuyên dùng công vụ), hoặc đề nghị quản trị viên thêm chứng thư gốc của tổ chức đó vào danh sách tin cậy (--trust).",
    });
  });

  it("refuses a certificate expired now, though valid when the CMS says it signed", () => {
    const old = issueCert(pki.ca, "Người Hết Hạn", { from: new Date("2020-01-01"), to: new Date("2021-01-01") });
    const id = loadP12(p12Of(old, [pki.ca], "pw"), "pw");
    const cms = signDigest(digest, id.key, id.chain, new Date("2020-06-01"));
    expect(refusal(() => checkExternalCms(cms, digest, now))).toMatchObject({ code: "sign_cert_expired", message: expect.stringContaining("Người Hết Hạn (chữ ký số nhận về) đã hết hiệu lực") });
  });
});
