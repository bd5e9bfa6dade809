// Canonical subsets and stream compression, read back from the file: same glyphs give the same font bytes, whatever
// the order they are printed in; every stream inflates; text still reads back in place.
import { inflateSync } from "node:zlib";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../../src/backends/pdf/index.js";
import { bundledFonts } from "../../../src/layout/fonts.js";
import type { LaidDoc } from "../../../src/layout/types.js";
import { extractPdfText } from "../../helpers/pdf-text.js";
import { sampleDoc, type TextItem } from "./fixtures.js";

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

/** Every stream object of the file: its dictionary and its inflated content. */
function streams(bytes: Uint8Array): Array<{ id: number; dict: string; data: Buffer }> {
  const s = latin1(bytes);
  const out: Array<{ id: number; dict: string; data: Buffer }> = [];
  for (const m of s.matchAll(/(\d+) 0 obj\n/g)) {
    const at = m.index! + m[0].length;
    const streamAt = s.indexOf("\nstream\n", at);
    if (streamAt < 0 || streamAt > s.indexOf("endobj", at)) continue;
    const dict = s.slice(at, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const start = streamAt + "\nstream\n".length;
    const raw = Buffer.from(bytes.subarray(start, start + length));
    expect(s.slice(start + length, start + length + 10)).toBe("\nendstream");
    out.push({ id: Number(m[1]), dict, data: /\/Filter \/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return out;
}

/** The font programs embedded, by the PostScript name after the subset tag. */
function fontPrograms(bytes: Uint8Array): Map<string, Buffer> {
  const s = latin1(bytes);
  const all = streams(bytes);
  const map = new Map<string, Buffer>();
  for (const m of s.matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)[\s\S]*?\/FontFile2 (\d+) 0 R/g)) {
    map.set(m[1]!, all.find((x) => x.id === Number(m[2]))!.data);
  }
  return map;
}

const page = (items: TextItem[]): LaidDoc => {
  const doc = sampleDoc();
  doc.pages = [{ ...doc.pages[0]!, items }];
  return doc;
};
const t = (baseline: number, text: string): TextItem => ({ type: "text", x: 80, baseline, text, face: "regular", size: 13, underline: false });

describe("PDF streams", () => {
  it("embeds the same font program for the same glyphs printed in another order", async () => {
    const a = await renderPdf(page([t(100, "Nguyễn Văn Ánh"), t(120, "Điều 1.")]), bundledFonts());
    const b = await renderPdf(page([t(100, "Điều 1."), t(120, "Ánh Văn Nguyễn")]), bundledFonts());
    const fa = fontPrograms(a).get("LiberationSerif")!;
    const fb = fontPrograms(b).get("LiberationSerif")!;
    expect(fa.length).toBeGreaterThan(1000);
    expect(fb.equals(fa)).toBe(true);
    // A document with one more glyph outside the regular face's base set gets a font program of its own.
    const c = await renderPdf(page([t(100, "Điều 1."), t(120, "Ánh Văn Nguyễn €")]), bundledFonts());
    expect(fontPrograms(c).get("LiberationSerif")!.equals(fa)).toBe(false);
    for (const [bytes, lines] of [[a, ["Nguyễn Văn Ánh", "Điều 1."]], [b, ["Điều 1.", "Ánh Văn Nguyễn"]]] as const) {
      expect((await extractPdfText(bytes)).pages[0]!.items.map((i) => i.str)).toEqual(lines);
    }
  });

  it("gives the regular face one font program for any text within the Vietnamese alphabet, ASCII and the templates' signs", async () => {
    const a = await renderPdf(page([t(100, "Nguyễn Văn Ánh"), t(120, "Điều 1.")]), bundledFonts());
    const b = await renderPdf(page([t(100, "TRẦN THỊ KỲ DUYÊN – “Phó Trưởng ban” (§ 2; 45%)…"), t(120, "ỹ ợ ử ẵ Ỵ Ợ Ữ Ẵ {x} @ #")]), bundledFonts());
    const fa = fontPrograms(a).get("LiberationSerif")!;
    expect(fontPrograms(b).get("LiberationSerif")!.equals(fa)).toBe(true);
    // Every letter of the alphabet is in it, printed or not: 95 ASCII signs, 14 letters with a breve, circumflex,
    // horn or stroke, 120 toned vowels, and the signs (glyph 0 and any glyph two characters share included).
    expect((fontkit.create(fa) as fontkit.Font).numGlyphs).toBeGreaterThanOrEqual(95 + 14 + 120);
    // Text in both documents reads back as printed.
    expect((await extractPdfText(b)).pages[0]!.items.map((i) => i.str)).toEqual(["TRẦN THỊ KỲ DUYÊN – “Phó Trưởng ban” (§ 2; 45%)…", "ỹ ợ ử ẵ Ỵ Ợ Ữ Ẵ {x} @ #"]);
    // Bold and italic print mostly the forms' own wording: their subsets stay to the glyphs used.
    const bold = await renderPdf(page([{ ...t(100, "Điều 1."), face: "bold" }]), bundledFonts());
    expect((fontkit.create(fontPrograms(bold).get("LiberationSerif-Bold")!) as fontkit.Font).numGlyphs).toBeLessThan(20);
  });

  it("compresses every stream but the XMP metadata, and each inflates; font programs are TrueType files", async () => {
    const doc = sampleDoc();
    doc.pages[0]!.items.push({ type: "text", x: 80, baseline: 500, text: "☐☒", face: "symbol", size: 13, underline: false });
    const bytes = await renderPdf(doc, bundledFonts());
    const all = streams(bytes);
    expect(all.length).toBeGreaterThan(5);
    for (const s of all.filter((x) => !x.dict.includes("/Type /Metadata"))) expect(s.dict, s.dict).toMatch(/\/Filter \/FlateDecode/);
    const programs = fontPrograms(bytes);
    expect([...programs.keys()].sort()).toEqual(["DejaVuSans", "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-BoldItalic", "LiberationSerif-Italic"]);
    for (const data of programs.values()) expect(data.subarray(0, 4).toString("latin1")).toBe("true");
  });

  it("writes consecutive text items as one text object, setting the font only when face or size changes", async () => {
    const doc = page([t(100, "Điều 1."), t(120, "Nguyễn Văn Ánh"), { ...t(140, "Điều 2."), face: "bold" }, t(160, "Lê Thị Hoa")]);
    const content = streams(await renderPdf(doc, bundledFonts()))
      .map((x) => x.data.toString("latin1"))
      .find((x) => x.includes(" Tj"))!;
    expect(content.match(/\bBT\b/g)).toHaveLength(1);
    expect(content.match(/ Tf\n/g)).toHaveLength(3);
    expect(content.match(/ Tj\n/g)).toHaveLength(4);
    const read = (await extractPdfText(await renderPdf(doc, bundledFonts()))).pages[0]!.items;
    expect(read.map((i) => [i.str, Math.round(i.y), i.size, i.fontName.replace(/^[A-Z]{6}\+/, "")])).toEqual([["Điều 1.", 100, 13, "LiberationSerif"], ["Nguyễn Văn Ánh", 120, 13, "LiberationSerif"], ["Điều 2.", 140, 13, "LiberationSerif-Bold"], ["Lê Thị Hoa", 160, 13, "LiberationSerif"]]);
  });
});
