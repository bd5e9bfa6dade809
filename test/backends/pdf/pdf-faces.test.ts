// Shared font faces: parsed once per font file, and changing nothing in the output compared with parsing per document.
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../src/backends/pdf/index.js";
import { parseFaces, sharedFaces } from "../../../src/backends/pdf/pdf-faces.js";
import { renderPdfWith } from "../../../src/backends/pdf/render-pdf.js";
import { bundledFonts, FACES, Metrics } from "../../../src/layout/fonts.js";
import { sampleDoc } from "./fixtures.js";

describe("sharedFaces", () => {
  it("parses each font file once, recognising the same bytes in a new array", () => {
    const fonts = bundledFonts();
    const copy = { ...fonts, files: { ...fonts.files, italic: fonts.files.italic.slice() } };
    const a = sharedFaces(fonts);
    const b = sharedFaces(copy);
    for (const f of FACES) expect(b[f]).toBe(a[f]);
  });

  it("measures text as the layout does", () => {
    const metrics = new Metrics(bundledFonts());
    const faces = sharedFaces(bundledFonts());
    const s = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM AVATAR fi";
    for (const f of FACES) expect(faces[f].width(s) * 13).toBeCloseTo(metrics.width(s, f, 13), 9);
  });

  it("gives the same bytes as fonts parsed afresh for the document", async () => {
    const shared = await renderPdf(sampleDoc(), bundledFonts());
    const fresh = await renderPdfWith(sampleDoc(), parseFaces(bundledFonts()));
    expect(Buffer.from(fresh).equals(Buffer.from(shared))).toBe(true);
  });

  it("has an underline just below the baseline, thinner than a tenth of the size", () => {
    for (const face of Object.values(sharedFaces(bundledFonts()))) {
      expect(face.underlineOffset).toBeGreaterThan(0);
      expect(face.underlineOffset).toBeLessThan(0.2);
      expect(face.underlineThickness).toBeGreaterThan(0.02);
      expect(face.underlineThickness).toBeLessThan(0.1);
    }
  });
});
