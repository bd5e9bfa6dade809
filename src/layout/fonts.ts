// Font faces for measurement and embedding: the vendored Liberation Serif, or a user's Times New Roman.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import type { FaceKey } from "./types.js";

export const FACES: readonly FaceKey[] = ["regular", "bold", "italic", "boldItalic", "symbol"];
export const TEXT_FACES: readonly FaceKey[] = ["regular", "bold", "italic", "boldItalic"];

export interface FontSet {
  /** Name written into DOCX; the PDF embeds the faces' own PostScript names. */
  family: string;
  files: Record<FaceKey, Uint8Array>;
}

const ASSET_FILES: Record<FaceKey, string> = {
  regular: "LiberationSerif-Regular.ttf",
  bold: "LiberationSerif-Bold.ttf",
  italic: "LiberationSerif-Italic.ttf",
  boldItalic: "LiberationSerif-BoldItalic.ttf",
  symbol: "DejaVuSans.ttf",
};

let bundled: FontSet | undefined;

/** The fonts shipped in assets/fonts (SIL OFL 1.1), metric-compatible with Times New Roman. */
export function bundledFonts(): FontSet {
  if (!bundled) {
    const dir = new URL("../../assets/fonts/", import.meta.url);
    const files = Object.fromEntries(
      FACES.map((f) => [f, new Uint8Array(readFileSync(fileURLToPath(new URL(ASSET_FILES[f], dir))))]),
    ) as Record<FaceKey, Uint8Array>;
    bundled = { family: "Times New Roman", files };
  }
  return bundled;
}

export const faceOf = (bold: boolean, italic: boolean): FaceKey =>
  bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";

/** Code points below this (Latin, Vietnamese, general punctuation) have their advance in a flat table. */
const TABLE_SIZE = 0x2100;

/** Advance widths per code point, cached: text is measured without kerning or ligatures, as Word does. */
export class Metrics {
  private readonly fonts: Record<FaceKey, fontkit.Font>;
  /** Advances in ems by code point, NaN until first asked: the hot path of every measurement. */
  private readonly table: Record<FaceKey, Float64Array>;
  private readonly cache: Record<FaceKey, Map<number, number>>;
  /** fontkit reads ascent and descent through getters; every word of italic text asks for them. */
  private readonly lineHeights: Partial<Record<FaceKey, number>> = {};
  /** Whether the face has a glyph, by code point: 0 not asked yet, 1 yes, 2 no. */
  private readonly glyphTable: Record<FaceKey, Uint8Array> = Object.fromEntries(FACES.map((f) => [f, new Uint8Array(TABLE_SIZE)])) as Record<FaceKey, Uint8Array>;
  private readonly glyphs: Record<FaceKey, Map<number, boolean>> = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map(), symbol: new Map() };

  constructor(set: FontSet) {
    this.fonts = Object.fromEntries(
      FACES.map((f) => [f, fontkit.create(Buffer.from(set.files[f])) as fontkit.Font]),
    ) as Record<FaceKey, fontkit.Font>;
    this.table = Object.fromEntries(FACES.map((f) => [f, new Float64Array(TABLE_SIZE).fill(NaN)])) as Record<FaceKey, Float64Array>;
    this.cache = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map(), symbol: new Map() };
  }

  /** Width of text in points at the given size. */
  width(text: string, face: FaceKey, size: number): number {
    return this.widthOf(text, 0, text.length, face, size);
  }

  /**
   * Width of text.slice(from, to) without slicing: the same code points summed in the same order as
   * width() of the slice, so the result is bit-identical (a pair cut by `to` counts as a lone surrogate).
   */
  widthOf(text: string, from: number, to: number, face: FaceKey, size: number): number {
    const table = this.table[face];
    let units = 0;
    for (let i = from; i < to; i++) {
      let cp = text.charCodeAt(i);
      if (cp < TABLE_SIZE) {
        let w = table[cp]!;
        if (w !== w) w = table[cp] = this.advance(face, cp);
        units += w;
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      let w = this.cache[face].get(cp);
      if (w === undefined) this.cache[face].set(cp, (w = this.advance(face, cp)));
      units += w;
    }
    return units * size;
  }

  private advance(face: FaceKey, cp: number): number {
    const font = this.fonts[face];
    return font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
  }

  /** Ascent + descent of the face in ems (the font's line height without gap). */
  lineHeightEm(face: FaceKey): number {
    let em = this.lineHeights[face];
    if (em === undefined) {
      const font = this.fonts[face];
      this.lineHeights[face] = em = (font.ascent - font.descent) / font.unitsPerEm;
    }
    return em;
  }

  /** Descent below the baseline in points (positive). */
  descent(face: FaceKey, size: number): number {
    const font = this.fonts[face];
    return (-font.descent / font.unitsPerEm) * size;
  }

  /** Cached like widths: the layout asks for every character of every run (a cmap lookup each time otherwise). */
  has(ch: string, face: FaceKey): boolean {
    return this.hasCode(ch.codePointAt(0)!, face);
  }

  private hasCode(cp: number, face: FaceKey): boolean {
    if (cp < TABLE_SIZE) {
      const table = this.glyphTable[face];
      let state = table[cp]!;
      if (state === 0) table[cp] = state = this.fonts[face].hasGlyphForCodePoint(cp) ? 1 : 2;
      return state === 1;
    }
    const known = this.glyphs[face];
    let has = known.get(cp);
    if (has === undefined) known.set(cp, (has = this.fonts[face].hasGlyphForCodePoint(cp)));
    return has;
  }

  /** Whether the face has a glyph for every character of text but spaces (which need none). */
  covers(text: string, face: FaceKey): boolean {
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (cp !== 32 && !this.hasCode(cp, face)) return false;
    }
    return true;
  }

  /** Code points the face has no glyph for (they would print as boxes), once each in order of appearance. */
  missing(text: string, face: FaceKey): string[] {
    const out = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      if (!this.hasCode(cp, face)) out.add(text.slice(i, i + len));
      i += len - 1;
    }
    return [...out];
  }
}
