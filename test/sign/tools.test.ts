// What outside tools see: pdfsig accepts both signatures, openssl signs through the external route, and pdftoppm shows
// the signer's image between title and name and the seal over its left third with nothing else moved.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../helpers/pdf-text.js";
import { sealImage, signatureImage } from "../helpers/png.js";
import { cmsDigest, completeSignature, loadP12, prepareSignature, signPdf, verifyPdf } from "./api.js";
import { signDigest } from "../../src/sign/cms.js";
import { decisionPdf, makePki, toolCheck } from "./fixtures.js";

const pki = makePki();
const dir = mkdtempSync(join(tmpdir(), "cadre-sign-"));
const pdfsig = toolCheck("pdfsig", "pdfsig signature checks");
const openssl = toolCheck("openssl", "external signing through openssl");
const pdftoppm = toolCheck("pdftoppm", "pixel checks of signed pages");

async function signedTwice() {
  const original = await decisionPdf();
  const first = await signPdf(original, loadP12(pki.signerP12, "mat-khau-1"), { role: "signer", image: signatureImage() });
  const second = await signPdf(first, loadP12(pki.bodyP12, "mat-khau-2"), { role: "body", image: sealImage() });
  return { original, first, second };
}

function pdfsigOf(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = spawnSync("pdfsig", [file], { encoding: "utf8" }).stdout;
  return out.split(/^Signature #\d+:$/m).slice(1);
}

describe.runIf(pdfsig.run)("pdfsig (poppler)", () => {
  it("finds both signatures valid, the second covering the whole document", async () => {
    pdfsig.require();
    const [first, second] = pdfsigOf((await signedTwice()).second, "twice.pdf");
    expect(first).toContain("Signature Validation: Signature is Valid.");
    expect(first).toContain("Not total document signed");
    expect(first).toContain("Signature Type: ETSI.CAdES.detached");
    expect(second).toContain("Signature Validation: Signature is Valid.");
    expect(second).toContain("Total document signed");
  });

  it("finds a signature invalid after one byte inside its range changed", async () => {
    pdfsig.require();
    const bytes = new Uint8Array((await signedTwice()).second);
    bytes[Buffer.from(bytes).indexOf("(cadre-docs)") + 1] = "C".charCodeAt(0);
    for (const s of pdfsigOf(bytes, "tampered.pdf")) expect(s).not.toContain("Signature is Valid.");
  });
});

describe.runIf(openssl.run)("the external route", () => {
  it("takes a CMS made outside the process (openssl cms -cades) over the prepared bytes", async () => {
    openssl.require();
    const prepared = await prepareSignature(await decisionPdf(), { role: "signer", image: signatureImage() });
    const files = { content: join(dir, "content.bin"), cert: join(dir, "signer.pem"), key: join(dir, "signer.key"), ca: join(dir, "ca.pem"), cms: join(dir, "sig.p7s") };
    writeFileSync(files.content, prepared.signedBytes);
    writeFileSync(files.cert, pki.signer.certPem);
    writeFileSync(files.key, pki.signer.keyPem);
    writeFileSync(files.ca, pki.ca.certPem);
    const r = spawnSync("openssl", ["cms", "-sign", "-binary", "-cades", "-md", "sha256", "-in", files.content, "-signer", files.cert, "-inkey", files.key, "-certfile", files.ca, "-outform", "DER", "-out", files.cms], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const signed = completeSignature(prepared, readFileSync(files.cms), cmsDigest);
    const [report] = await verifyPdf(signed);
    expect(report).toMatchObject({ valid: true, signer: "Bùi Thanh Tùng", coversWholeFile: true });
    if (pdfsig.run) expect(pdfsigOf(signed, "external.pdf")[0]).toContain("Signature is Valid.");
  });

  it("refuses a CMS over other bytes", async () => {
    const prepared = await prepareSignature(await decisionPdf(), { role: "signer", image: signatureImage() });
    const other = await prepareSignature(await decisionPdf(true), { role: "signer", image: signatureImage(), at: new Date("2026-01-01") });
    const id = loadP12(pki.signerP12, "mat-khau-1");
    const cmsOfOther = signDigest(other.digest, id.key, id.chain, new Date());
    expect(() => completeSignature(prepared, cmsOfOther, cmsDigest)).toThrow("sign_external_mismatch");
  });
});

interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
}

function raster(bytes: Uint8Array, name: string, dpi: number): Raster {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  spawnSync("pdftoppm", ["-r", String(dpi), "-f", "1", "-l", "1", file, join(dir, name)]);
  const ppm = readFileSync(join(dir, `${name}-1.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString("latin1", 0, 40))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Widget rectangles (x, y, w, h in points, y up) of the file's signature fields, in order. */
async function widgetRects(bytes: Uint8Array): Promise<Array<[number, number, number, number]>> {
  const doc = await PDFDocument.load(bytes);
  const fields = doc.catalog.lookup(PDFName.of("AcroForm"), PDFDict).lookup(PDFName.of("Fields"), PDFArray);
  return fields.asArray().map((ref) => {
    const [x1, y1, x2, y2] = doc.context.lookup(ref, PDFDict).lookup(PDFName.of("Rect"), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber()) as [number, number, number, number];
    return [x1, y1, x2 - x1, y2 - y1] as [number, number, number, number];
  });
}

describe.runIf(pdftoppm.run)("the signed page (pdftoppm)", () => {
  it("shows the signer's blue image between title and name, the red seal over its left third, and nothing else moved", async () => {
    pdftoppm.require();
    const { original, second } = await signedTwice();
    const [signer, seal] = await widgetRects(second);
    const page = (await extractPdfText(original)).pages[0]!;
    const title = page.items.find((i) => i.str === "PHÓ CHỦ TỊCH")!;
    const name = page.items.find((i) => i.str === "Bùi Thanh Tùng")!;
    const [sx, sy, sw, sh] = signer!;
    // Between the title's baseline and the name's capitals, centred under the title.
    expect(page.height - (sy + sh)).toBeGreaterThan(title.y);
    expect(page.height - sy).toBeLessThan(name.y - name.size * 0.7);
    expect(Math.abs(sx + sw / 2 - (title.x + title.width / 2))).toBeLessThan(12);
    // The seal covers the left third of the signer's image and is centred on its height.
    const [kx, ky, kw, kh] = seal!;
    expect(kx + kw).toBeCloseTo(sx + sw / 3, 1);
    expect(ky + kh / 2).toBeCloseTo(sy + sh / 2, 1);
    expect(kw).toBeCloseTo((38 * 72) / 25.4, 1);

    const dpi = 72;
    const before = raster(original, "before", dpi);
    const after = raster(second, "after", dpi);
    const inside = (px: number, py: number, [x, y, w, h]: [number, number, number, number]) => px >= x - 2 && px <= x + w + 2 && page.height - py >= y - 2 && page.height - py <= y + h + 2;
    let blue = 0;
    let red = 0;
    let movedOutside = 0;
    for (let py = 0; py < after.height; py++) {
      for (let px = 0; px < after.width; px++) {
        const o = (py * after.width + px) * 3;
        const [r, g, b] = [after.rgb[o]!, after.rgb[o + 1]!, after.rgb[o + 2]!];
        const changed = r !== before.rgb[o] || g !== before.rgb[o + 1] || b !== before.rgb[o + 2];
        if (inside(px, py, signer!) && b > 150 && r < 90) blue++;
        if (inside(px, py, seal!) && r > 150 && g < 90) red++;
        if (changed && !inside(px, py, signer!) && !inside(px, py, seal!)) movedOutside++;
      }
    }
    expect(blue).toBeGreaterThan(100);
    expect(red).toBeGreaterThan(100);
    expect(movedOutside).toBe(0);
  });
});
