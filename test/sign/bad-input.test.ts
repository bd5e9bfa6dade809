// Bad keys, certificates, images and files: a clear Vietnamese error and nothing signed.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { loadP12, signMessageFor, signPdf, SignError, type SignCode } from "./api.js";
import { issueCert, p12Of } from "../helpers/test-ca.js";
import { makePng, sealImage, signatureImage } from "../helpers/png.js";
import { decisionPdf, makePki } from "./fixtures.js";

const pki = makePki();
const signer = () => loadP12(pki.signerP12, "mat-khau-1");
const body = () => loadP12(pki.bodyP12, "mat-khau-2");

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<SignCode | undefined> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (err) {
    if (err instanceof SignError) return err.code;
    throw err;
  }
  return undefined;
}

describe("refused before anything is signed", () => {
  it("a wrong PKCS#12 password", async () => {
    expect(await codeOf(() => loadP12(pki.signerP12, "sai"))).toBe("sign_p12_password");
    expect(signMessageFor("sign_p12_password", { file: "nguoi-ky.p12" })).toBe(
      "Tệp khóa nguoi-ky.p12: sai mật khẩu. Hãy nhập lại đúng mật khẩu của tệp .p12 (phân biệt chữ hoa, chữ thường).",
    );
  });

  it("a file that is not PKCS#12", async () => {
    expect(await codeOf(() => loadP12(Buffer.from("not a key"), "x"))).toBe("sign_p12_invalid");
  });

  it("a key that does not match its certificate", async () => {
    const mixed = p12Of(pki.signer, [pki.ca], "pw", pki.body);
    expect(await codeOf(() => loadP12(mixed, "pw"))).toBe("sign_key_mismatch");
  });

  it("an expired and a not yet valid certificate", async () => {
    const old = issueCert(pki.ca, "Cán bộ Hết Hạn", { from: new Date("2020-01-01"), to: new Date("2021-01-01") });
    const pdf = await decisionPdf();
    expect(await codeOf(signPdf(pdf, loadP12(p12Of(old, [pki.ca], "pw"), "pw"), { role: "signer", image: signatureImage() }))).toBe("sign_cert_expired");
    const future = issueCert(pki.ca, "Cán bộ Tương Lai", { from: new Date("2030-01-01"), to: new Date("2031-01-01") });
    expect(await codeOf(signPdf(pdf, loadP12(p12Of(future, [pki.ca], "pw"), "pw"), { role: "signer", image: signatureImage() }))).toBe("sign_cert_not_yet_valid");
  });

  it("a signature image that is not a PNG, or too large", async () => {
    const pdf = await decisionPdf();
    expect(await codeOf(signPdf(pdf, signer(), { role: "signer", image: Buffer.from("GIF89a…"), imageFile: "chu-ky.gif" }))).toBe("sign_image_not_png");
    const huge = makePng(2100, 10, () => [0, 0, 255, 255]);
    expect(await codeOf(signPdf(pdf, signer(), { role: "signer", image: huge }))).toBe("sign_image_too_large");
  });

  it("an opaque seal", async () => {
    const signed = await signPdf(await decisionPdf(), signer(), { role: "signer", image: signatureImage() });
    const opaque = makePng(100, 100, () => [200, 0, 0, 255], true);
    expect(await codeOf(signPdf(signed, body(), { role: "body", image: opaque, imageFile: "dau.png" }))).toBe("sign_seal_opaque");
    expect(signMessageFor("sign_seal_opaque", { file: "dau.png" })).toContain("ảnh dấu phải là tệp .png nền trong suốt");
  });

  it("the body's signature on a document the signer has not signed", async () => {
    expect(await codeOf(signPdf(await decisionPdf(), body(), { role: "body", image: sealImage() }))).toBe("sign_pdf_not_signed");
  });

  it("a file changed since the signer's revision", async () => {
    const signed = await signPdf(await decisionPdf(), signer(), { role: "signer", image: signatureImage() });
    const changed = Buffer.concat([Buffer.from(signed), Buffer.from("\n% sửa sau khi ký\n")]);
    expect(await codeOf(signPdf(changed, body(), { role: "body", image: sealImage() }))).toBe("sign_pdf_changed");
  });

  it("a second body signature", async () => {
    const signed = await signPdf(await decisionPdf(), signer(), { role: "signer", image: signatureImage() });
    const sealed = await signPdf(signed, body(), { role: "body", image: sealImage() });
    expect(await codeOf(signPdf(sealed, body(), { role: "body", image: sealImage() }))).toBe("sign_pdf_already_body");
  });

  it("a PDF without a signature place, and bytes that are no PDF", async () => {
    expect(await codeOf(signPdf(Buffer.from("%PDF-1.7\nrác"), signer(), { role: "signer", image: signatureImage() }))).toBe("sign_pdf_invalid");
    const foreign = await PDFDocument.create();
    foreign.addPage();
    const bytes = await foreign.save({ useObjectStreams: false });
    expect(await codeOf(signPdf(bytes, signer(), { role: "signer", image: signatureImage() }))).toBe("sign_pdf_no_anchor");
  });
});
