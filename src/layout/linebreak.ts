// Greedy line breaking as Word does it: break after spaces (and after a hyphen between letters),
// trailing spaces hang, justified lines stretch their inner spaces, and a too-long word is cut.
import type { Align } from "../profiles/index.js";
import type { Metrics } from "./fonts.js";
import { cutWord } from "./cut-word.js";
import type { LFragment, LLine, LRun } from "./types.js";

/** Lines may overrun by this much: LibreOffice kept a 12 pt line 0.025 pt wider than its cell, and broke
 * one 0.046 pt wider (`lý văn hóa, gia`, 70.646 pt in a 70.6 pt cell; it fits from 70.65 pt on). */
const EPS = 0.035;

export interface Chunk {
  start: number;
  /** Index where the chunk's trailing spaces begin. */
  spaceAt: number;
  end: number;
}

const LETTER = /^\p{L}$/u;

/** Whether the code point ending just before index i is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Whether the code point starting at index i is a letter. */
const letterAt = (text: string, i: number): boolean => i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)!));

/**
 * Positions in the concatenated text after which a line may break: after a run of spaces, and after
 * a hyphen between letters. A scan that matches / +|(?<=\p{L})-(?=\p{L})/gu without running it:
 * only hyphens need the Unicode letter test.
 */
export function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      const spaceAt = i;
      while (i < n && text.charCodeAt(i) === 32) i++;
      out.push({ start, spaceAt, end: i });
      start = i;
    } else if (c === 45 && letterBefore(text, i) && letterAt(text, i + 1)) {
      i++;
      out.push({ start, spaceAt: i, end: i });
      start = i;
    } else i++;
  }
  if (start < n) out.push({ start, spaceAt: n, end: n });
  return out;
}

/** Measures and slices the run list as one string. Loops instead of generators: this is the hot path. */
class RunText {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(
    readonly runs: readonly LRun[],
    readonly metrics: Metrics,
  ) {
    let at = 0;
    for (const r of runs) {
      this.starts.push(at);
      at += r.text.length;
      this.ends.push(at);
    }
    this.text = runs.length === 1 ? runs[0]!.text : runs.map((r) => r.text).join("");
  }

  /** The last run with text inside [a, b). */
  private lastRun(a: number, b: number): LRun | undefined {
    for (let i = this.runs.length - 1; i >= 0; i--) {
      if (Math.max(a, this.starts[i]!) < Math.min(b, this.ends[i]!)) return this.runs[i];
    }
    return undefined;
  }

  /** Room LibreOffice keeps after a line ending in italic text (its italic correction, measured on
   * our DOCX: 1.25–1.35 pt at 14 pt, i.e. a twelfth of the font's ascent + descent). */
  italicCorrection(a: number, b: number): number {
    const last = this.lastRun(a, b);
    if (!last || (last.face !== "italic" && last.face !== "boldItalic")) return 0;
    return (this.metrics.lineHeightEm(last.face) * last.size) / 12;
  }

  /** Sum of the widths of [a, b)'s pieces cut at run boundaries, piece by piece in order. */
  width(a: number, b: number): number {
    let w = 0;
    for (let i = 0; i < this.runs.length; i++) {
      const rs = this.starts[i]!;
      const lo = Math.max(a, rs);
      const hi = Math.min(b, this.ends[i]!);
      if (lo < hi) {
        const run = this.runs[i]!;
        w += this.metrics.widthOf(run.text, lo - rs, hi - rs, run.face, run.size);
      }
    }
    return w;
  }

  /**
   * Appends the fragments of [a, b) cut at run boundaries, placed from x0, and returns the x after
   * them; `widths` are the pieces' widths when already measured.
   */
  appendFragments(out: LFragment[], a: number, b: number, x0: number, widths?: number[]): number {
    let x = x0;
    let k = 0;
    for (let i = 0; i < this.runs.length; i++) {
      const rs = this.starts[i]!;
      const lo = Math.max(a, rs);
      const hi = Math.min(b, this.ends[i]!);
      if (lo >= hi) continue;
      const run = this.runs[i]!;
      const width = widths ? widths[k++]! : this.metrics.widthOf(run.text, lo - rs, hi - rs, run.face, run.size);
      const text = run.text.slice(lo - rs, hi - rs);
      // A literal of the run's own shape is much cheaper than a spread; tab runs keep the spread.
      out.push(run.tab === undefined ? { text, face: run.face, size: run.size, underline: run.underline, x, width } : { ...run, text, x, width });
      x += width;
    }
    return x;
  }

  /** The widths of [a, b)'s pieces, in order. */
  pieceWidths(a: number, b: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.runs.length; i++) {
      const rs = this.starts[i]!;
      const lo = Math.max(a, rs);
      const hi = Math.min(b, this.ends[i]!);
      if (lo < hi) {
        const run = this.runs[i]!;
        out.push(this.metrics.widthOf(run.text, lo - rs, hi - rs, run.face, run.size));
      }
    }
    return out;
  }
}

function spans(rt: RunText, availFirst: number, availRest: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const chunks = chunksOf(rt.text);
  let lineStart = -1;
  let lineEnd = 0; // end of the last word (without trailing spaces)
  let used = 0; // width up to the last chunk's end including its trailing spaces
  const avail = () => (lines.length === 0 ? availFirst : availRest);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const word = rt.width(c.start, c.spaceAt);
    if (lineStart >= 0 && used + word + rt.italicCorrection(c.start, c.spaceAt) > avail() + EPS) {
      lines.push([lineStart, lineEnd]);
      lineStart = -1;
    }
    if (lineStart < 0) {
      lineStart = c.start;
      used = 0;
      if (word > avail() + EPS && c.spaceAt > c.start) {
        // A single word wider than the line: cut it, as Word does, and retry the rest.
        const cut = cutWord((x, y) => rt.width(x, y), rt.text, c.start, c.spaceAt, avail(), EPS);
        lines.push([c.start, cut]);
        lineStart = -1;
        chunks.splice(i + 1, 0, { start: cut, spaceAt: c.spaceAt, end: c.end });
        continue;
      }
    }
    used += word + rt.width(c.spaceAt, c.end);
    lineEnd = c.spaceAt;
  }
  if (lineStart >= 0) lines.push([lineStart, lineEnd]);
  return lines.length ? lines : [[0, 0]];
}

/** Justified: each word placed separately, the line's slack shared equally by its inner spaces. */
function fragmentsJustified(rt: RunText, a: number, b: number, slack: number): LFragment[] {
  const text = rt.text;
  let inner = 0;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 32) inner++;
  const out: LFragment[] = [];
  if (inner === 0) {
    rt.appendFragments(out, a, b, 0);
    return out;
  }
  const extra = slack / inner;
  let x = 0;
  let at = a;
  for (let i = a; ; ) {
    while (i < b && text.charCodeAt(i) !== 32) i++;
    const wordEnd = i;
    x = rt.appendFragments(out, at, wordEnd, x);
    if (wordEnd >= b) break;
    while (i < b && text.charCodeAt(i) === 32) i++;
    x += rt.width(wordEnd, i) + extra * (i - wordEnd);
    at = i;
  }
  return out;
}

/** Breaks runs into lines of the given widths and positions their fragments per the alignment. */
export function breakLines(runs: readonly LRun[], metrics: Metrics, align: Align, availFirst: number, availRest: number): LLine[] {
  // A width of zero or less has no room for any text: a layout bug upstream, never a reason to loop.
  if (!(availFirst > 0 && availRest > 0 && Number.isFinite(availFirst) && Number.isFinite(availRest))) {
    throw new Error(`internal: line breaking given no room (first line ${availFirst} pt, other lines ${availRest} pt)`);
  }
  const rt = new RunText(runs, metrics);
  const lineSpans = spans(rt, availFirst, availRest);
  return lineSpans.map(([a, b], i) => {
    const avail = i === 0 ? availFirst : availRest;
    const last = i === lineSpans.length - 1;
    if (align === "justify" && !last) {
      const width = rt.width(a, b);
      return { width, fragments: fragmentsJustified(rt, a, b, avail - width) };
    }
    // Each piece is measured once: the line width sums the same pieces in the same order as rt.width.
    const widths = rt.pieceWidths(a, b);
    let width = 0;
    for (const w of widths) width += w;
    const x0 = align === "center" ? (avail - width) / 2 : align === "right" ? avail - width : 0;
    const fragments: LFragment[] = [];
    rt.appendFragments(fragments, a, b, x0, widths);
    return { width, fragments };
  });
}
