// The font pdfkit is given: fontkit's, with a subsetter reusing decoded glyphs and a layout without the shaping engine.
import type * as fontkit from "fontkit";
import { FastSubset, fontData } from "./fast-subset.js";

/**
 * Text that fontkit's layout could treat other than glyph by glyph at raw advance widths, even with every feature
 * off: combining marks (positioned without GPOS), variation selectors, default-ignorable characters (hidden),
 * and code points outside the BMP. Such text takes fontkit's own layout.
 */
const NEEDS_SHAPER = /[\p{M}\p{Default_Ignorable_Code_Point}\uFE00-\uFE0F\u{10000}-\u{10FFFF}]/u;

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What fontkit's GlyphRun gives pdfkit: glyphs, positions pdfkit scales in place, and their summed advance. */
class PlainRun {
  constructor(
    readonly glyphs: fontkit.Glyph[],
    readonly positions: Position[],
  ) {}

  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

/** True when fontkit would lay the text out glyph by glyph at raw advances, so the fast paths apply. */
export const isPlainText = (text: string): boolean => !NEEDS_SHAPER.test(text);

/**
 * A view of `font` (which it does not modify) for pdfkit: per document, pdfkit asks for a subset and lays out
 * every text item twice; both are where fontkit spends most of a one-page document's time.
 */
export function embeddable(font: fontkit.Font): fontkit.Font {
  const data = fontData(font);
  const byCodePoint = new Map<number, fontkit.Glyph>();
  const view = Object.create(font) as { createSubset(): FastSubset; layout(text: string, features?: unknown): unknown };
  view.createSubset = () => new FastSubset(data);
  view.layout = (text: string, features?: unknown) => {
    if (typeof text !== "string" || !isPlainText(text)) return font.layout(text, features as never);
    const glyphs: fontkit.Glyph[] = [];
    const positions: Position[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let glyph = byCodePoint.get(cp);
      // fontkit keeps one glyph object per id, so caching by code point returns the very object it would.
      if (!glyph) byCodePoint.set(cp, (glyph = font.glyphForCodePoint(cp)));
      glyphs.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return new PlainRun(glyphs, positions);
  };
  return view as unknown as fontkit.Font;
}
