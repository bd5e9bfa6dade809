// Measurement without slicing must give the very same numbers as measuring the slice.
import { describe, expect, it } from "vitest";
import { bundledFonts, Metrics } from "../../src/layout/index.js";

const metrics = new Metrics(bundledFonts());

describe("Metrics.widthOf", () => {
  it("equals width() of the slice bit for bit, surrogate pairs and cut pairs included", () => {
    const texts = ["Căn cứ Luật Tổ chức chính quyền địa phương", "a😀b☐c–d", "😀😀", "\u{1F600}x\u2610"];
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          for (const face of ["regular", "bold", "italic", "symbol"] as const) {
            expect(metrics.widthOf(text, a, b, face, 13)).toBe(metrics.width(text.slice(a, b), face, 13));
          }
        }
      }
    }
  });

  it("caches nothing that changes a later answer", () => {
    const fresh = new Metrics(bundledFonts());
    const first = fresh.width("Ễ😀 ☒", "italic", 14);
    fresh.width("ẺỄ😀 ☒ abc", "italic", 14);
    expect(fresh.width("Ễ😀 ☒", "italic", 14)).toBe(first);
    expect(first).toBe(metrics.width("Ễ😀 ☒", "italic", 14));
  });
});

describe("Metrics glyph coverage", () => {
  const slow = (text: string, face: "regular" | "symbol") => [...new Set([...text].filter((ch) => !metrics.has(ch, face)))];
  it("lists missing characters once each, in order, as iterating the text would", () => {
    for (const text of ["Nguyễn ☐ Văn ☒ An ☐", "a😀b\uD800c☒", "\uDC00x", "Căn cứ", ""]) {
      for (const face of ["regular", "symbol"] as const) {
        expect(metrics.missing(text, face)).toEqual(slow(text, face));
        expect(metrics.covers(text, face)).toBe([...text].every((ch) => ch === " " || metrics.has(ch, face)));
      }
    }
    expect(metrics.missing("x☐y☒☐", "regular")).toEqual(["☐", "☒"]);
  });
});
