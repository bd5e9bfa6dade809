// Centred lines of one paragraph balanced: the box narrows while the line count holds, so the
// last line is never a lone word (`… Ban Thường vụ Tỉnh / ủy)`).
import type { LPara } from "./types.js";

/** Kept below the narrowest box found, so that Word and LibreOffice break where we do. */
const SAFETY = 3;
const STEPS = 12;

/** `make(indent)` lays the paragraph out with that indent on each side; the widest indent that keeps the
 * line count of `make(0)` wins, less a safety margin. One-line paragraphs are returned as they are. */
export function balanced(make: (indent: number) => LPara, width: number): LPara {
  const natural = make(0);
  const count = natural.lines.length;
  if (count < 2) return natural;
  let lo = 0;
  let hi = width / 2;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (make(mid).lines.length === count) lo = mid;
    else hi = mid;
  }
  const indent = Math.max(0, lo - SAFETY);
  const out = make(indent);
  return out.lines.length === count ? out : natural;
}
