// PDF/A-2b as far as it can be checked offline: XMP identification, output intent, embedded fonts, Info mirrored in XMP,
// and signature widgets that PDF/A accepts (printable, with an appearance stream).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFStream, decodePDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { sealImage, signatureImage } from "../helpers/png.js";
import { loadP12, signPdf } from "./api.js";
import { decisionPdf, makePki, toolCheck } from "./fixtures.js";

const pdffonts = toolCheck("pdffonts", "PDF/A font embedding check");

function xmpOf(doc: PDFDocument): string {
  const stream = doc.catalog.lookup(PDFName.of("Metadata"), PDFStream) as PDFRawStream;
  // PDF/A: the metadata stream is not compressed.
  expect(stream.dict.get(PDFName.of("Filter"))).toBeUndefined();
  return Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8");
}

describe("PDF/A-2b", () => {
  it("identifies itself in XMP and carries an sRGB output intent", async () => {
    const doc = await PDFDocument.load(await decisionPdf(true), { updateMetadata: false });
    const xmp = xmpOf(doc);
    expect(xmp).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    const intent = doc.catalog.lookup(PDFName.of("OutputIntents"), PDFArray).lookup(0, PDFDict);
    expect(intent.get(PDFName.of("S"))?.toString()).toBe("/GTS_PDFA1");
    expect(intent.lookup(PDFName.of("DestOutputProfile"))).toBeInstanceOf(PDFRawStream);
    // Every Info entry has its XMP twin (ModDate would need xmp:ModifyDate, so it is left out).
    expect(doc.getModificationDate()).toBeUndefined();
    expect(xmp).toContain("<xmp:CreateDate>2026-03-01T00:00:00Z</xmp:CreateDate>");
    expect(xmp).toContain("<dc:title>");
  });

  it("a plain PDF has none of it", async () => {
    const doc = await PDFDocument.load(await decisionPdf(false), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of("OutputIntents"))).toBeUndefined();
  });

  it.runIf(pdffonts.run)("embeds every font (pdffonts)", async () => {
    pdffonts.require();
    const file = join(mkdtempSync(join(tmpdir(), "cadre-pdfa-")), "a.pdf");
    writeFileSync(file, await decisionPdf(true));
    const rows = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("signature widgets are printable and have an appearance stream", async () => {
    const pki = makePki();
    const first = await signPdf(await decisionPdf(true), loadP12(pki.signerP12, "mat-khau-1"), { role: "signer", image: signatureImage() });
    const second = await signPdf(first, loadP12(pki.bodyP12, "mat-khau-2"), { role: "body", image: sealImage() });
    const doc = await PDFDocument.load(second, { updateMetadata: false });
    const fields = doc.catalog.lookup(PDFName.of("AcroForm"), PDFDict).lookup(PDFName.of("Fields"), PDFArray);
    expect(fields.size()).toBe(2);
    for (const ref of fields.asArray()) {
      const w = doc.context.lookup(ref, PDFDict);
      expect((w.get(PDFName.of("F")) as PDFNumber).asNumber()).toBe(4);
      expect(w.lookup(PDFName.of("AP"), PDFDict).lookup(PDFName.of("N"))).toBeInstanceOf(PDFStream);
    }
    // Still PDF/A after both updates: the catalog keeps its output intent and metadata.
    expect(xmpOf(doc)).toContain("<pdfaid:part>2</pdfaid:part>");
  });
});
