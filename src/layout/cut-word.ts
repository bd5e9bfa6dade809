// Cuts a word wider than its line at character (grapheme) boundaries, as Word and LibreOffice do.

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Grapheme boundaries strictly inside (a, b], ascending: a cut never splits a base from its marks or a surrogate pair. */
function boundaries(text: string, a: number, b: number): number[] {
  const out: number[] = [];
  for (const s of graphemes.segment(text.slice(a, b))) if (s.index > 0) out.push(a + s.index);
  out.push(b);
  return out;
}

/**
 * The end of the longest prefix of [a, b) whose width fits `avail`, at a grapheme boundary; at least one
 * grapheme, so every call makes progress whatever the width. Binary search: widths grow with the prefix.
 */
export function cutWord(width: (a: number, b: number) => number, text: string, a: number, b: number, avail: number, eps: number): number {
  if (b <= a) throw new Error(`internal: cutWord given an empty span [${a}, ${b})`);
  const ends = boundaries(text, a, b);
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(a, ends[mid]!) <= avail + eps) lo = mid;
    else hi = mid - 1;
  }
  return ends[lo]!;
}
