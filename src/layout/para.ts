// Builds measured paragraphs from model runs and a profile element style.
import type { Run } from "../model/index.js";
import type { ElementStyle, StyleName } from "../profiles/index.js";
import { faceOf, type Metrics } from "./fonts.js";
import { leaderFragment } from "./leader.js";
import { breakLines } from "./linebreak.js";
import type { LPara, LRun, ParaFormat } from "./types.js";

/** Model runs in an element's style: caps applied to the text, emphasis combined. */
export function styledRuns(runs: readonly Run[], style: ElementStyle): LRun[] {
  return runs.map((r) => ({
    text: style.caps ? r.text.toUpperCase() : r.text,
    face: faceOf(style.bold || !!r.bold, style.italic || !!r.italic),
    size: style.size,
    underline: style.underline || !!r.underline,
  }));
}

export type ParaOptions = Partial<Omit<ParaFormat, "style" | "align">>;

/** A paragraph laid out in a box `width` wide. */
export function makePara(
  metrics: Metrics,
  style: StyleName,
  el: ElementStyle,
  runs: LRun[],
  width: number,
  lineHeight: number,
  opts: ParaOptions = {},
): LPara {
  const format: ParaFormat = {
    style,
    align: el.align,
    indentLeft: 0,
    indentRight: 0,
    firstLine: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: true,
    ...opts,
  };
  const inner = width - format.indentLeft - format.indentRight;
  const withFallback = fallbackRuns(runs, metrics);
  const tab = withFallback.length > 0 && withFallback[withFallback.length - 1]!.tab;
  const textRuns = tab ? withFallback.slice(0, -1) : withFallback;
  const lines = breakLines(textRuns, metrics, tab ? "left" : format.align, inner - format.firstLine, inner);
  if (tab) {
    // A trailing tab runs a dotted leader from the end of the text to the right edge of the box.
    format.leaderTab = width - format.indentRight;
    const last = lines[lines.length - 1]!;
    // Fragments are placed from their line's start, which on the first line is the first-line indent.
    const lineStart = lines.length === 1 ? format.firstLine : 0;
    const dots = leaderFragment(metrics, withFallback[withFallback.length - 1]!, last.width + spacesBeforeTab(textRuns, metrics), inner - lineStart);
    if (dots) last.fragments.push(dots);
  }
  runs = withFallback;
  return { type: "para", format, runs, lines, height: format.spaceBefore + lines.length * lineHeight + format.spaceAfter };
}

/** Spaces before a tab do not hang as at a line's end: the leader starts after them (as in LibreOffice,
 * which then draws as many dots as ours). */
function spacesBeforeTab(runs: LRun[], metrics: Metrics): number {
  const last = runs[runs.length - 1];
  const n = last ? last.text.length - last.text.trimEnd().length : 0;
  return n && last ? metrics.width(" ".repeat(n), last.face, last.size) : 0;
}

/** Characters the text face lacks but the symbol face has (☐ ☒) move to runs in the symbol face. */
export function fallbackRuns(runs: LRun[], metrics: Metrics): LRun[] {
  if (runs.every((r) => r.tab || metrics.covers(r.text, r.face))) return runs;
  const out: LRun[] = [];
  for (const r of runs) {
    if (r.tab) {
      out.push(r);
      continue;
    }
    let cur: LRun | undefined;
    for (const ch of r.text) {
      const face = ch !== " " && !metrics.has(ch, r.face) && metrics.has(ch, "symbol") ? "symbol" : r.face;
      if (!cur || cur.face !== face) out.push((cur = { ...r, text: "", face }));
      cur.text += ch;
    }
  }
  return out;
}

/** A drawn rule `length` long, centred in a box `width` wide, as an empty bordered paragraph whose
 * height is its line plus the border. */
export function makeRule(width: number, length: number, thickness: number, opts: ParaOptions = {}): LPara {
  const side = Math.max(0, (width - length) / 2);
  const lineHeight = opts.lineHeight ?? 3;
  const format: ParaFormat = {
    style: "rule",
    align: "center",
    indentLeft: side,
    indentRight: side,
    firstLine: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: false,
    ...opts,
    lineHeight,
    borderBottom: thickness,
  };
  // The border's own width adds to the paragraph's height (measured in LibreOffice).
  return { type: "para", format, runs: [], lines: [], height: format.spaceBefore + lineHeight + thickness + format.spaceAfter };
}

/** The widest line of a laid-out paragraph: "the length of the text" for rules drawn under it. */
export const textLength = (p: LPara): number => Math.max(0, ...p.lines.map((l) => l.width));
