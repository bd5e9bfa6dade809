// formats.md §1 read back from the produced PDFs: A4 portrait, text inside the margins, the embedded
// Liberation Serif faces, 14 pt body text with a 1.27 cm first-line indent, justified lines.
import { beforeAll, describe, expect, it } from "vitest";
import {
  INDENT,
  MARGIN,
  PAGE,
  TEXT,
  find,
  isPageNumber,
  paraText,
  paragraphs,
  renderSample,
  type Line,
  type Rendered,
  type SampleKey,
} from "./helpers.js";

const ALL: SampleKey[] = ["nd30One", "nd30Four", "partyOne", "partyThree", "nd30Long", "partyLong"];
// Liberation Serif (hhea): ascent 0.891 em, descent 0.216 em.
const ASCENT = 0.891;
const DESCENT = 0.216;

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const key of ALL) docs.set(key, await renderSample(key));
});
const doc = (key: SampleKey): Rendered => docs.get(key)!;

/** Article and legal-basis paragraphs of the decision (pages up to the signature). */
function bodyParagraphs(r: Rendered): Line[][] {
  const sig = find(r.items, "Nơi nhận:");
  const before = r.items.filter((i) => i.page < sig.page || (i.page === sig.page && i.y < sig.y));
  return paragraphs(before);
}

describe.each(ALL)("PDF page and body of %s", (key) => {
  it("has A4 portrait pages (595.28 × 841.89 pt ± 0.1)", () => {
    const { pages } = doc(key).text;
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(PAGE.width, 1);
      expect(p.height).toBeCloseTo(PAGE.height, 1);
    }
  });

  it("keeps every text item inside the left (30 mm) and right (15 mm) margins", () => {
    const outside = doc(key).items.filter((i) => i.x < TEXT.left - 0.01 || i.x + i.width > TEXT.right + 0.01);
    expect(outside.map((i) => `p${i.page} x=${i.x.toFixed(2)}..${(i.x + i.width).toFixed(2)} ${i.str}`)).toEqual([]);
  });

  it("starts text below the 20 mm top margin and ends it above the 20 mm bottom margin (page numbers aside)", () => {
    const bottom = PAGE.height - MARGIN.bottom;
    const bad = doc(key)
      .items.filter((i) => !isPageNumber(i))
      .filter((i) => i.y - ASCENT * i.size < MARGIN.top - 0.01 || i.y + DESCENT * i.size > bottom + 0.01);
    expect(bad.map((i) => `p${i.page} y=${i.y.toFixed(2)} ${i.str}`)).toEqual([]);
    const firstBaselines = doc(key).text.pages.map((p) => Math.min(...p.items.filter((i) => i.y > MARGIN.top).map((i) => i.y)));
    for (const y of firstBaselines) expect(y).toBeGreaterThan(MARGIN.top);
  });

  it("embeds Liberation Serif for every piece of text", () => {
    const names = new Set(doc(key).items.map((i) => i.fontName));
    expect(names.size).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
  });

  it("sets the article text in 14 pt", () => {
    const articles = bodyParagraphs(doc(key)).filter((p) => /^Điều \d+\./.test(p[0]!.text));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const i of articles.flat().flatMap((l) => l.items)) expect(i.size, i.str).toBe(14);
  });

  it("indents the first line of every article by 1.27 cm (± 0.5 pt)", () => {
    const labels = doc(key).items.filter((i) => /^Điều \d+\./.test(i.str) && i.x < TEXT.left + 2 * INDENT);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(Math.abs(l.x - TEXT.left - INDENT), l.str).toBeLessThanOrEqual(0.5);
  });

  it("justifies body paragraphs: every line but the last ends at the right margin (± 1 pt)", () => {
    const paras = bodyParagraphs(doc(key)).filter((p) => /^(- )?(Căn cứ|Theo đề nghị|Xét đề nghị|Điều \d+\.)/.test(p[0]!.text));
    const multi = paras.filter((p) => p.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(2);
    for (const p of multi) {
      for (const l of p.slice(0, -1)) expect(Math.abs(l.right - TEXT.right), `p${l.page} y=${l.y.toFixed(2)} ${l.text}`).toBeLessThanOrEqual(1);
      // The last line is left-aligned, not stretched.
      expect(p.at(-1)!.right, paraText(p)).toBeLessThan(TEXT.right - 1);
    }
  });

  it("keeps every body line in its paragraph 18 pt below the previous one (exact line spacing)", () => {
    const paras = bodyParagraphs(doc(key));
    for (const p of paras) {
      for (let n = 1; n < p.length; n++) {
        if (p[n]!.page !== p[n - 1]!.page) continue;
        expect(p[n]!.y - p[n - 1]!.y).toBeCloseTo(18, 1);
      }
    }
    expect(paras.some((p) => p.length > 1)).toBe(true);
  });
});
