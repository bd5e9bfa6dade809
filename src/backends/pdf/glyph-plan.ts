// Canonical subsets: each face's glyphs enter its subset up front, in glyph-id order, before anything is drawn.
import type { FaceKey, LaidDoc } from "../../layout/types.js";
import { isPlainText } from "./fast-font.js";
import type { PdfFaces } from "./pdf-faces.js";
import { noShaping, type PdfInternals } from "./pdf-internals.js";

/** Per planned face: each code point's glyph as the content stream writes it (four hex digits of its subset index). */
export type GlyphPlan = Partial<Record<FaceKey, Map<number, string>>>;

/** Text the plan can predict glyph by glyph: one glyph per code point at its raw advance. */
const plannable = (text: string): boolean => text !== "" && !text.includes("\n") && isPlainText(text);

/** Each face's code points in order of first use, and the faces in order of first use; null marks an unplannable face. */
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
      for (const ch of item.text) set.add(ch.codePointAt(0)!);
    }
  }
  return byFace;
}

/**
 * Puts every glyph a face prints into its subset in glyph-id order, so that a subset (its font program, widths and
 * ToUnicode map) depends only on which glyphs the document uses, not on the order it prints them: documents using
 * the same glyphs share those bytes, which lets their encoding and compression be done once (see stream-memo.ts).
 * Faces are selected in order of first use, as drawing would, so font resource names stay as they were.
 * A face with text that needs the shaper (combining marks and the like) keeps pdfkit's first-use order.
 */
export function planGlyphs(pdf: PDFKit.PDFDocument, doc: LaidDoc, faces: PdfFaces): GlyphPlan {
  const plan: GlyphPlan = {};
  for (const [face, codePoints] of codePointsByFace(doc)) {
    if (!codePoints) {
      pdf.font(face);
      continue;
    }
    const first = new Map<number, number>();
    for (const cp of codePoints) {
      const gid = faces[face].glyphId(cp);
      if (!first.has(gid)) first.set(gid, cp);
    }
    const gids = [...first.keys()].sort((a, b) => a - b);
    const font = (pdf.font(face) as unknown as PdfInternals)._font;
    const [hex] = font.encode(String.fromCodePoint(...gids.map((g) => first.get(g)!)), noShaping());
    const byGid = new Map(gids.map((g, i) => [g, hex[i]!]));
    const map = new Map<number, string>();
    for (const cp of codePoints) map.set(cp, byGid.get(faces[face].glyphId(cp))!);
    plan[face] = map;
  }
  return plan;
}
