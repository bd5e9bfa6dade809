// Words wider than their line are cut at graphemes, at every width; no width ≤ 0 ever reaches the breaker.
import { describe, expect, it } from "vitest";
import { bundledFonts, Metrics } from "../../src/layout/index.js";
import { breakLines } from "../../src/layout/linebreak.js";
import type { LRun } from "../../src/layout/index.js";

const metrics = new Metrics(bundledFonts());
const run = (text: string): LRun => ({ text, face: "regular", size: 13, underline: false });
const URL102 = "https://thanhhoa.gov.vn/portal/Pages/2026/quyet_dinh_dieu_dong_luan_chuyen/chi_tiet_congchuc_xa_hatrung";
const TEXTS = [
  "x".repeat(300),
  URL102,
  `Phó Chủ tịch ${URL102} phụ trách`,
  "Nghiêng".normalize("NFD").repeat(20), // combining marks: never cut from their letter
  "😀👩‍👩‍👧🇻🇳".repeat(15), // astral characters, ZWJ sequences, flags
  "\u200b".repeat(40) + "   " + "a\u200bb".repeat(30), // zero-width and spaces only
  "مرحبا".repeat(30),
];
const graphemes = (s: string) => [...new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(s)].map((g) => g.segment);

describe("breakLines on words wider than the line", () => {
  it.each(TEXTS.map((t, i) => [i, t] as const))("text %i: every width from 1 pt to the full line", (_, text) => {
    const full = 453;
    for (let width = 1; width <= full; width += width < 20 ? 1 : 13) {
      for (const align of ["left", "justify"] as const) {
        const lines = breakLines([run(text)], metrics, align, width, width);
        const pieces = lines.map((l) => l.fragments.map((f) => f.text).join(""));
        // Nothing lost or doubled: only the spaces at the breaks go.
        expect(pieces.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        for (const [i, l] of lines.entries()) {
          // A line overruns only when it holds a single grapheme wider than the width.
          if (l.width > width + 0.05) expect(graphemes(pieces[i]!.trim()), `width ${width}, line ${i}`).toHaveLength(1);
          for (const f of l.fragments) expect(graphemes(f.text).join("")).toBe(f.text);
        }
        // Cuts fall between graphemes: joining each line's last and next line's first grapheme never makes a new one.
        const all = graphemes(text.replace(/ /g, ""));
        expect(pieces.flatMap((p) => graphemes(p.replace(/ /g, "")))).toEqual(all);
      }
    }
  });

  it("refuses a width of zero or less, or not a number, as an internal error instead of looping", () => {
    for (const [a, b] of [[0, 100], [100, 0], [-5, -5], [Number.NaN, 10], [10, Number.POSITIVE_INFINITY]]) {
      expect(() => breakLines([run("Căn cứ")], metrics, "left", a!, b!)).toThrow(/^internal: line breaking given no room/);
    }
  });
});
