// Canonical subsets: each face's glyphs enter its subset up front, in glyph-id order, before anything is drawn.
import type { FaceKey, LaidDoc, PageItem } from "../../layout/types.js";
import { isPlainText } from "./fast-font.js";
import type { PdfFaces } from "./pdf-faces.js";
import type { PdfInternals } from "./pdf-internals.js";

type TextItem = Extract<PageItem, { type: "text" }>;

/** Each plannable text item's glyphs as the content stream writes them: four hex digits of a subset index each. */
export type GlyphPlan = Map<TextItem, string>;

/** Text the plan can predict glyph by glyph: one glyph per code point (all in the BMP) at its raw advance. */
const plannable = (text: string): boolean => text !== "" && !text.includes("\n") && isPlainText(text);

/** Each face's code points in order of first use, faces in order of first use; null marks an unplannable face. */
function codePointsByFace(doc: LaidDoc): Map<FaceKey, Set<number> | null> {
  const byFace = new Map<FaceKey, Set<number> | null>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.type !== "text") continue;
      let set = byFace.get(item.face);
      if (set === null) continue;
      if (!plannable(item.text)) {
        byFace.set(item.face, null);
        continue;
      }
      if (!set) byFace.set(item.face, (set = new Set()));
      const text = item.text;
      for (let i = 0; i < text.length; i++) set.add(text.charCodeAt(i));
    }
  }
  return byFace;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, "0");

/**
 * Puts every glyph a face prints into its subset in glyph-id order, so that a subset (its font program, widths and
 * ToUnicode map) depends only on which glyphs the document uses, not on the order it prints them: documents using
 * the same glyphs share those bytes, which lets their encoding and compression be done once (see stream-memo.ts).
 * The bookkeeping is pdfkit's own `encode()`'s (subset index, width, code points per glyph). Faces are selected in
 * order of first use, as drawing would, so font resource names stay as they were. A face with text that needs the
 * shaper (combining marks and the like) is left to pdfkit, in first-use order.
 */
export function planGlyphs(pdf: PDFKit.PDFDocument, doc: LaidDoc, faces: PdfFaces): GlyphPlan {
  const hexByFace = new Map<FaceKey, Map<number, string>>();
  for (const [face, codePoints] of codePointsByFace(doc)) {
    const font = (pdf.font(face) as unknown as PdfInternals)._font;
    if (!codePoints) continue;
    const first = new Map<number, number>();
    for (const cp of codePoints) {
      const gid = faces[face].glyphId(cp);
      if (!first.has(gid)) first.set(gid, cp);
    }
    const byGid = new Map<number, string>();
    for (const gid of [...first.keys()].sort((a, b) => a - b)) {
      // Looked up by the code point that first asked for it, as pdfkit's layout would.
      const glyph = faces[face].font.glyphForCodePoint(first.get(gid)!);
      const index = font.subset.includeGlyph(glyph.id);
      font.widths[index] ??= glyph.advanceWidth * font.scale;
      font.unicode[index] ??= glyph.codePoints;
      byGid.set(gid, hex4(index));
    }
    const hex = new Map<number, string>();
    for (const cp of codePoints) hex.set(cp, byGid.get(faces[face].glyphId(cp))!);
    hexByFace.set(face, hex);
  }
  const plan: GlyphPlan = new Map();
  for (const page of doc.pages) {
    for (const item of page.items) {
      const hex = item.type === "text" ? hexByFace.get(item.face) : undefined;
      if (!hex || item.type !== "text") continue;
      let s = "";
      for (let i = 0; i < item.text.length; i++) s += hex.get(item.text.charCodeAt(i))!;
      plan.set(item, s);
    }
  }
  return plan;
}
