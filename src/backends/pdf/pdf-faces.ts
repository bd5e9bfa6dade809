// Parsed font faces for the PDF: parsed once per font file and shared by every document; subsets stay per document.
import { createHash } from "node:crypto";
import * as fontkit from "fontkit";
import { FACES } from "../../layout/fonts.js";
import type { FontSet } from "../../layout/fonts.js";
import type { FaceKey } from "../../layout/types.js";
import { embeddable } from "./fast-font.js";

/** One face as the PDF backend uses it. Lengths in em (multiply by the font size). */
export interface PdfFace {
  /** The parsed font; measured here and by the layout. */
  readonly font: fontkit.Font;
  /** Handed to pdfkit, which accepts a parsed fontkit font in place of a file: `font` itself, or its fast view. */
  readonly embed: fontkit.Font;
  /** Identifies the font file (PostScript name and checksum) in the document ID. */
  readonly id: string;
  /** Distance from the baseline down to the top of the underline, and its thickness. */
  readonly underlineOffset: number;
  readonly underlineThickness: number;
  /** Width of text as the layout measures it: raw advance widths per code point. */
  width(text: string): number;
  /** The glyph a code point prints with (0, .notdef, where the font has none). */
  glyphId(codePoint: number): number;
  /** That glyph as fontkit gives it for the code point. */
  glyph(codePoint: number): fontkit.Glyph;
}

export type PdfFaces = Record<FaceKey, PdfFace>;

type Tables = { post?: { underlinePosition?: number; underlineThickness?: number }; head?: { checkSumAdjustment?: number } };

class Face implements PdfFace {
  readonly id: string;
  readonly underlineOffset: number;
  readonly underlineThickness: number;
  private readonly advances = new Map<number, number>();
  /** Glyph id + 1 by BMP code point (0: not looked up yet); a typed table, as the PDF looks up every character. */
  private readonly bmpGlyphIds = new Uint16Array(0x10000);
  private readonly glyphs = new Map<number, fontkit.Glyph>();

  readonly embed: fontkit.Font;

  constructor(
    readonly font: fontkit.Font,
    fast = false,
  ) {
    this.embed = fast ? embeddable(font) : font;
    const em = font.unitsPerEm;
    const { post, head } = font as unknown as Tables;
    this.id = `${font.postscriptName}:${head?.checkSumAdjustment ?? 0}`;
    // Fallbacks are typical serif values, used only if a font lacks a usable post table.
    this.underlineThickness = (post?.underlineThickness || em / 20) / em;
    this.underlineOffset = -(post?.underlinePosition || -em / 10) / em;
  }

  width(text: string): number {
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w = this.advances.get(cp);
      if (w === undefined) {
        w = this.font.glyphForCodePoint(cp).advanceWidth / this.font.unitsPerEm;
        this.advances.set(cp, w);
      }
      em += w;
    }
    return em;
  }

  glyphId(codePoint: number): number {
    if (codePoint > 0xffff) return this.glyph(codePoint).id;
    const known = this.bmpGlyphIds[codePoint]!;
    if (known !== 0) return known - 1;
    const id = this.glyph(codePoint).id;
    // A font has at most 65 535 glyphs, so id + 1 fits; the table stays a cache, never a second answer.
    if (id < 0xffff) this.bmpGlyphIds[codePoint] = id + 1;
    return id;
  }

  glyph(codePoint: number): fontkit.Glyph {
    let g = this.glyphs.get(codePoint);
    if (!g) this.glyphs.set(codePoint, (g = this.font.glyphForCodePoint(codePoint)));
    return g;
  }
}

function parse(file: Uint8Array): fontkit.Font {
  const font = fontkit.create(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  if (!("glyphForCodePoint" in font)) throw new Error("PDF backend: a font collection was given where one face was expected");
  return font as fontkit.Font;
}

/**
 * fontkit caches glyph objects, and a glyph remembers the code points it was first looked up by; pdfkit
 * writes those into the ToUnicode map. Looking every mapped code point up once, in ascending order,
 * fixes that choice, so a shared font gives each document the same bytes whatever was rendered before.
 */
function settleGlyphs(font: fontkit.Font): void {
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(cp);
}

/** Faces parsed afresh and embedded by fontkit's own subsetter and layout: what pdfkit would do itself on each
 * document (kept for comparison: shared faces must give the same bytes). */
export function parseFaces(set: FontSet): PdfFaces {
  const faces = {} as PdfFaces;
  for (const f of FACES) faces[f] = new Face(parse(set.files[f]));
  return faces;
}

const byArray = new WeakMap<Uint8Array, PdfFace>();
/** Few distinct font files live in one process; the cap only guards against a caller cycling through many. */
const byContent = new Map<string, PdfFace>();
const MAX_FONTS = 32;

function sharedFace(file: Uint8Array): PdfFace {
  let face = byArray.get(file);
  if (face) return face;
  // Same bytes in a new array (a caller reading the font file per document) still find the parsed face.
  const key = createHash("sha1").update(file).digest("hex");
  face = byContent.get(key);
  if (!face) {
    const font = parse(file);
    settleGlyphs(font);
    face = new Face(font, true);
    if (byContent.size >= MAX_FONTS) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, face);
  }
  byArray.set(file, face);
  return face;
}

/** Faces shared across documents: parsed and settled once per font file. */
export function sharedFaces(set: FontSet): PdfFaces {
  const faces = {} as PdfFaces;
  for (const f of FACES) faces[f] = sharedFace(set.files[f]);
  return faces;
}
