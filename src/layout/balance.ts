// Centred lines of one paragraph balanced: the box narrows while the line count holds, so the
// last line is never a lone word (`… Ban Thường vụ Tỉnh / ủy)`).
import { styleOf, type LayoutContext } from "./context.js";
import { makePara } from "./para.js";
import type { LPara } from "./types.js";

/** Kept below the narrowest box found, so that Word and LibreOffice break where we do. */
const SAFETY = 3;
const STEPS = 12;

/** The paragraph laid out again with equal indents on both sides: the widest that keeps its line
 * count, less a safety margin. One-line and non-centred paragraphs are returned as they are. */
export function balanceCentred(ctx: LayoutContext, p: LPara): LPara {
  const count = p.lines.length;
  if (count < 2 || p.format.align !== "center" || p.format.style === "rule") return p;
  const { style, align: _align, ...opts } = p.format;
  const make = (indent: number) =>
    makePara(ctx.metrics, style, styleOf(ctx, style), p.runs, ctx.width, p.format.lineHeight, { ...opts, indentLeft: p.format.indentLeft + indent, indentRight: p.format.indentRight + indent });
  let lo = 0;
  let hi = (ctx.width - p.format.indentLeft - p.format.indentRight) / 2;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (make(mid).lines.length === count) lo = mid;
    else hi = mid;
  }
  const out = make(Math.max(0, lo - SAFETY));
  return out.lines.length === count ? out : p;
}
