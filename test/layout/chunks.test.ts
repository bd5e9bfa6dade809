// Break opportunities found by scanning must be exactly those of the Unicode regex they replace.
import { describe, expect, it } from "vitest";
import { chunksOf, type Chunk } from "../../src/layout/linebreak.js";

function byRegex(text: string): Chunk[] {
  const out: Chunk[] = [];
  const re = / +|(?<=\p{L})-(?=\p{L})/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, spaceAt: m[0][0] === " " ? m.index : end, end });
    start = end;
  }
  if (start < text.length) out.push({ start, spaceAt: text.length, end: text.length });
  return out;
}

describe("chunksOf", () => {
  it("matches the regex on hyphens, spaces, astral letters and lone surrogates", () => {
    const cases = ["", " ", "a-b", "Nông-nghiệp", "2025 - 2030", "a -b", "a- b", "-a-", "𝐀-𝐁", "😀-a", "a-😀", "\uD800-a", "a-\uDC00", "ab  cd   -", "x--y", "Kế hoạch - Tài chính Sở Nông-nghiệp"];
    for (const text of cases) expect(chunksOf(text)).toEqual(byRegex(text));
  });

  it("matches the regex on random text", () => {
    const alphabet = [" ", " ", "-", "-", "a", "Ễ", "1", ".", "😀", "𝐀", "\uD800", "\uDC00"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const len = Math.floor(next() * 12);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(chunksOf(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
