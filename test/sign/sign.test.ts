// Signer then body signature on a rendered decision: both verify, the second as an incremental update, tampering is caught.
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadP12, signPdf, verifyPdf } from "../../src/index.js";
import { sealImage, signatureImage } from "../helpers/png.js";
import { decisionPdf, makePki } from "./fixtures.js";

const pki = makePki();
const signer = () => loadP12(pki.signerP12, "mat-khau-1");
const body = () => loadP12(pki.bodyP12, "mat-khau-2");
const at = new Date("2026-12-07T02:00:00Z");

async function signedTwice() {
  const original = await decisionPdf();
  const first = await signPdf(original, signer(), { role: "signer", image: signatureImage(), at });
  const second = await signPdf(first, body(), { role: "body", image: sealImage(), at: new Date(at.getTime() + 3_600_000) });
  return { original, first, second };
}

describe("signing a decision", () => {
  it("the signer's signature covers the whole file and verifies", async () => {
    const { first } = await signedTwice();
    const [r] = await verifyPdf(first, { trust: [new X509Certificate(pki.ca.certPem)] });
    expect(r).toMatchObject({ role: "signer", signer: "Bùi Thanh Tùng", valid: true, certificateValid: true, trusted: true, coversWholeFile: true, laterRevisions: 0, problems: [] });
    expect(r!.signedAt).toBe(at.toISOString());
  });

  it("the body's signature is an incremental update that leaves the signer's signature valid", async () => {
    const { original, first, second } = await signedTwice();
    // Each revision keeps every earlier byte: a rewrite (as pdf-lib's save does) would fail here.
    expect(Buffer.from(first.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(Buffer.from(second.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true);
    const reports = await verifyPdf(second);
    expect(reports.map((r) => [r.role, r.signer, r.valid, r.coversWholeFile, r.laterRevisions])).toEqual([
      ["signer", "Bùi Thanh Tùng", true, false, 1],
      ["body", "Ủy ban nhân dân tỉnh Thanh Hóa", true, true, 0],
    ]);
  });

  it("one byte changed inside the signed range makes the signature invalid", async () => {
    const { second } = await signedTwice();
    const tampered = new Uint8Array(second);
    // The Creator string of the first revision: the file still parses, only the signed bytes differ.
    const at = Buffer.from(tampered).indexOf("(cadre-docs)") + 1;
    expect(at).toBeGreaterThan(0);
    tampered[at] = "C".charCodeAt(0);
    const reports = await verifyPdf(tampered);
    expect(reports.every((r) => !r.valid)).toBe(true);
    expect(reports[0]!.problems[0]).toBe("nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp)");
  });

  it("an untrusted chain is reported as such", async () => {
    const { first } = await signedTwice();
    const other = (await import("../helpers/test-ca.js")).makeCa("Another CA");
    const [r] = await verifyPdf(first, { trust: [new X509Certificate(other.certPem)] });
    expect(r).toMatchObject({ valid: true, trusted: false });
    expect(r!.problems).toContain("chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực được tin cậy");
  });
});
