// The per-document fast paths reproduce the libraries' own output byte for byte: DOCX parts and PDF fonts.
import * as fontkit from "fontkit";
import fg from "fast-glob";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocxFast } from "../../src/backends/docx/fast-docx.js";
import { renderDocxReference } from "../../src/backends/docx/render-docx.js";
import { FastSubset, fontData } from "../../src/backends/pdf/fast-subset.js";
import { parseFaces, sharedFaces } from "../../src/backends/pdf/pdf-faces.js";
import { renderPdfWith } from "../../src/backends/pdf/render-pdf.js";
import { bundledFonts, FACES } from "../../src/layout/fonts.js";
import type { LaidDoc, LPara } from "../../src/layout/types.js";
import { renderDocument } from "../../src/index.js";
import { FIXED_NOW, loadRecord, ROOT } from "../helpers/samples.js";

const samples = fg.sync(["inputs/**/*.{json,yaml,yml}"], { cwd: ROOT }).sort();

async function laidOut(sample: string): Promise<LaidDoc | undefined> {
  const r = await renderDocument(loadRecord(sample), { now: FIXED_NOW, formats: [], internals: true });
  return r.ok ? r.value.laid : undefined;
}

async function parts(bytes: Uint8Array): Promise<Array<[string, string]>> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.keys(zip.files).map(async (n) => [n, await zip.file(n)!.async("string")] as [string, string]));
}

describe("fast DOCX writer", () => {
  it.each(samples)("writes every part of %s exactly as docx's packer does", async (sample) => {
    const laid = await laidOut(sample);
    if (!laid || laid.sections.length !== 1) return;
    expect(await parts(renderDocxFast(laid))).toEqual(await parts(await renderDocxReference(laid)));
  });

  it("escapes text as docx does", async () => {
    const laid = (await laidOut("inputs/party/luan-chuyen-mot-nguoi.json"))!;
    const para = laid.sections[0]!.blocks.find((b) => b.type === "para" && b.runs.length > 0)!;
    if (para.type !== "para") throw new Error("no paragraph");
    para.runs[0]!.text = `A & B <c> "d" 'e' \u0001 tab\tend`;
    expect(await parts(renderDocxFast(laid))).toEqual(await parts(await renderDocxReference(laid)));
  });
});

describe("fast DOCX paragraph properties", () => {
  it("writes paragraphs that differ in one format field each with their own properties", async () => {
    const laid = (await laidOut("inputs/party/luan-chuyen-mot-nguoi.json"))!;
    const paras = laid.sections[0]!.blocks.filter((b) => b.type === "para" && b.runs.length > 0);
    expect(paras.length).toBeGreaterThan(6);
    // Render once first so that the unchanged formats are already cached when their variants come.
    renderDocxFast(laid);
    const variants = [
      (f: LPara["format"]) => (f.spaceAfter += 1),
      (f: LPara["format"]) => (f.firstLine += 0.5),
      (f: LPara["format"]) => (f.keepNext = !f.keepNext),
      (f: LPara["format"]) => (f.pageBreakBefore = !f.pageBreakBefore),
      (f: LPara["format"]) => (f.leaderTab = 400),
      (f: LPara["format"]) => (f.indentRight += 2),
      (f: LPara["format"]) => (f.align = f.align === "center" ? "left" : "center"),
    ];
    variants.forEach((change, i) => change((paras[i] as LPara).format));
    expect(await parts(renderDocxFast(laid))).toEqual(await parts(await renderDocxReference(laid)));
  });
});

describe("fast PDF font embedding", () => {
  it("subsets each face to the bytes fontkit's TTFSubset writes", () => {
    const text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ăâđêôơư ÁÀẢÃẠ ấầẩẫậ ắằẳẵặ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ ☐☒ 0123456789 (…) “” –";
    for (const face of FACES) {
      const font = fontkit.create(Buffer.from(bundledFonts().files[face])) as fontkit.Font;
      const fast = new FastSubset(fontData(font));
      const reference = font.createSubset();
      for (const ch of text) {
        const id = font.glyphForCodePoint(ch.codePointAt(0)!).id;
        expect(fast.includeGlyph(id)).toBe((reference.includeGlyph as unknown as (gid: number) => number)(id));
      }
      expect(Buffer.from(fast.encode()).equals(Buffer.from(reference.encode() as Uint8Array)), face).toBe(true);
    }
  });

  it("hands out one font file per glyph list, adding the same compound components on a repeat", () => {
    const font = fontkit.create(Buffer.from(bundledFonts().files.regular)) as fontkit.Font;
    const data = fontData(font);
    const subset = (text: string) => {
      const s = new FastSubset(data);
      for (const ch of text) s.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!).id);
      return s;
    };
    const first = subset("Điều ấy ỗ");
    const before = first.glyphs.length;
    const bytes = first.encode();
    const again = subset("Điều ấy ỗ");
    expect(again.encode()).toBe(bytes);
    expect(again.glyphs).toEqual(first.glyphs);
    // Compound glyphs brought their components along (otherwise the test proves nothing about replaying them).
    expect(first.glyphs.length).toBeGreaterThan(before);
    expect(subset("Điều ấy ỗ.").encode()).not.toBe(bytes);
  });

  it.each(samples)("gives %s the same PDF bytes as fontkit's own subsetting and layout", async (sample) => {
    const laid = await laidOut(sample);
    if (!laid) return;
    const fast = await renderPdfWith(laid, sharedFaces(bundledFonts()));
    const reference = await renderPdfWith(laid, parseFaces(bundledFonts()));
    expect(Buffer.from(fast).equals(Buffer.from(reference))).toBe(true);
  });
});
