// Greedy line breaking as Word does it: break after spaces (and after a hyphen between letters),
// trailing spaces hang, justified lines stretch their inner spaces, and a too-long word is cut.
import type { Align } from "../profiles/index.js";
import type { Metrics } from "./fonts.js";
import type { LFragment, LLine, LRun } from "./types.js";

/** Lines may overrun by this much: LibreOffice kept a 12 pt line 0.025 pt wider than its cell. */
const EPS = 0.05;

interface Chunk {
  start: number;
  /** Index where the chunk's trailing spaces begin. */
  spaceAt: number;
  end: number;
}

/** Positions in the concatenated text after which a line may break. */
function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  const re = / +|(?<=\p{L})-(?=\p{L})/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const isSpace = m[0][0] === " ";
    const end = m.index + m[0].length;
    out.push({ start, spaceAt: isSpace ? m.index : end, end });
    start = end;
  }
  if (start < text.length) out.push({ start, spaceAt: text.length, end: text.length });
  return out;
}

/** Measures and slices the run list as one string. */
class RunText {
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(
    readonly runs: readonly LRun[],
    readonly metrics: Metrics,
  ) {
    let at = 0;
    for (const r of runs) {
      this.starts.push(at);
      at += r.text.length;
    }
    this.text = runs.map((r) => r.text).join("");
  }

  /** Pieces of [a, b) cut at run boundaries. */
  *pieces(a: number, b: number): Generator<{ run: LRun; text: string }> {
    for (let i = 0; i < this.runs.length; i++) {
      const rs = this.starts[i]!;
      const run = this.runs[i]!;
      const lo = Math.max(a, rs);
      const hi = Math.min(b, rs + run.text.length);
      if (lo < hi) yield { run, text: run.text.slice(lo - rs, hi - rs) };
    }
  }

  /** Room LibreOffice keeps after a line ending in italic text (its italic correction, measured on
   * our DOCX: 1.25–1.35 pt at 14 pt, i.e. a twelfth of the font's ascent + descent). */
  italicCorrection(a: number, b: number): number {
    let last: LRun | undefined;
    for (const p of this.pieces(a, b)) last = p.run;
    if (!last || (last.face !== "italic" && last.face !== "boldItalic")) return 0;
    return (this.metrics.lineHeightEm(last.face) * last.size) / 12;
  }

  width(a: number, b: number): number {
    let w = 0;
    for (const p of this.pieces(a, b)) w += this.metrics.width(p.text, p.run.face, p.run.size);
    return w;
  }
}

/** Splits [a, b) into line spans that fit `avail`, cutting by characters where one word is too long. */
function cutLongWord(rt: RunText, a: number, b: number, avail: number): number {
  let end = a + 1;
  while (end < b && rt.width(a, end + 1) <= avail + EPS) end++;
  return end;
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
      if (word > avail() + EPS) {
        // A single word wider than the line: cut it, as Word does, and retry the rest.
        const cut = cutLongWord(rt, c.start, c.spaceAt, avail());
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

function fragmentsPlain(rt: RunText, a: number, b: number, x0: number): LFragment[] {
  const out: LFragment[] = [];
  let x = x0;
  for (const p of rt.pieces(a, b)) {
    const width = rt.metrics.width(p.text, p.run.face, p.run.size);
    out.push({ ...p.run, text: p.text, x, width });
    x += width;
  }
  return out;
}

/** Justified: each word placed separately, the line's slack shared equally by its inner spaces. */
function fragmentsJustified(rt: RunText, a: number, b: number, slack: number): LFragment[] {
  const inner = rt.text.slice(a, b).match(/ /g)?.length ?? 0;
  if (inner === 0) return fragmentsPlain(rt, a, b, 0);
  const extra = slack / inner;
  const out: LFragment[] = [];
  let x = 0;
  const re = / +/g;
  let at = a;
  const seg = rt.text.slice(a, b);
  for (let m = re.exec(seg); ; m = re.exec(seg)) {
    const wordEnd = m ? a + m.index : b;
    for (const f of fragmentsPlain(rt, at, wordEnd, x)) {
      out.push(f);
      x = f.x + f.width;
    }
    if (!m) break;
    const spaceEnd = wordEnd + m[0].length;
    x += rt.width(wordEnd, spaceEnd) + extra * m[0].length;
    at = spaceEnd;
  }
  return out;
}

/** Breaks runs into lines of the given widths and positions their fragments per the alignment. */
export function breakLines(runs: readonly LRun[], metrics: Metrics, align: Align, availFirst: number, availRest: number): LLine[] {
  const rt = new RunText(runs, metrics);
  const lineSpans = spans(rt, availFirst, availRest);
  return lineSpans.map(([a, b], i) => {
    const avail = i === 0 ? availFirst : availRest;
    const width = rt.width(a, b);
    const last = i === lineSpans.length - 1;
    if (align === "justify" && !last) return { width, fragments: fragmentsJustified(rt, a, b, avail - width) };
    const x0 = align === "center" ? (avail - width) / 2 : align === "right" ? avail - width : 0;
    return { width, fragments: fragmentsPlain(rt, a, b, x0) };
  });
}
