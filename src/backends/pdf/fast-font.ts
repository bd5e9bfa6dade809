// The font pdfkit is given: fontkit's, with a subsetter reusing decoded glyphs; and which text needs the shaper.
import type * as fontkit from "fontkit";
import { FastSubset, fontData } from "./fast-subset.js";

/**
 * Text that fontkit's layout could treat other than glyph by glyph at raw advance widths, even with every feature
 * off: combining marks (positioned without GPOS), variation selectors, default-ignorable characters (hidden),
 * and code points outside the BMP. Such text takes fontkit's own layout.
 */
const NEEDS_SHAPER = /[\p{M}\p{Default_Ignorable_Code_Point}\uFE00-\uFE0F\u{10000}-\u{10FFFF}]/u;

/** True when fontkit would lay the text out glyph by glyph at raw advances, so the glyph plan applies. */
export const isPlainText = (text: string): boolean => !NEEDS_SHAPER.test(text);

/**
 * A view of `font` (which it does not modify) for pdfkit: its subsets reuse glyphs decoded once per font. Text is
 * laid out by the glyph plan (glyph-plan.ts); pdfkit lays out only what needs the shaper, with fontkit's own layout.
 */
export function embeddable(font: fontkit.Font): fontkit.Font {
  const data = fontData(font);
  const view = Object.create(font) as { createSubset(): FastSubset };
  view.createSubset = () => new FastSubset(data);
  return view as unknown as fontkit.Font;
}
