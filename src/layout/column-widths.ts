// Table column widths from the content, within a floor and a ceiling, rounded to the twip the DOCX stores.
import type { LRun } from "./types.js";

/** What one column asks for, in points, cell padding included. */
export interface ColumnDemand {
  /** Its widest unbreakable word (longer words are cut at characters past the ceiling). */
  word: number;
  /** Its widest cell on one line, and its header on two lines. */
  natural: number;
  /** The template's relative width: how extra room is shared. */
  weight: number;
  /** Every cell's one-line width (the header's at its line limit among them). */
  cells: number[];
}

/** A column's word minimum may take at most this multiple of its template share: a giant token is cut, not given the table. */
const CEILING_SHARES = 2;
/** DOCX stores widths in twentieths of a point: the layout uses the same numbers. */
const toTwip = (pt: number): number => Math.round(pt * 20) / 20;

/** Width of runs on one line, and the widest word (split at spaces and hyphens). */
export function measureRuns(runs: readonly LRun[], width: (r: LRun, text: string) => number): { line: number; word: number } {
  let line = 0;
  let word = 0;
  for (const r of runs) {
    line += width(r, r.text);
    for (const w of r.text.split(/[\s-]+/)) if (w) word = Math.max(word, width(r, w));
  }
  return { line, word };
}

/** Lines of greedy breaking at spaces in a box `box` wide (a word wider than the box takes a line of its own). */
function linesAt(words: readonly string[], box: number, width: (t: string) => number): number {
  let lines = 1;
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && width(next) > box) {
      lines++;
      line = w;
    } else line = next;
  }
  return lines;
}

/** The narrowest box holding the text on at most `maxLines` lines broken at spaces: a header need not be on one line. */
export function headerWidth(text: string, maxLines: number, width: (t: string) => number): number {
  const words = text.split(" ").filter(Boolean);
  const boxes: number[] = [];
  for (let a = 0; a < words.length; a++) for (let b = a + 1; b <= words.length; b++) boxes.push(width(words.slice(a, b).join(" ")));
  boxes.sort((x, y) => x - y);
  return boxes.find((box) => linesAt(words, box, width) <= maxLines) ?? 0;
}

/** The sum of clamp(level × weight, lo, hi): grows with the level. */
const filled = (level: number, lo: number[], hi: number[], weights: number[]): number[] => lo.map((l, i) => Math.min(hi[i]!, Math.max(l, level * weights[i]!)));
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

/** A column whose one-line width is at most this share of the table is short (a name, a year, a date): it gets that width first. */
const SHORT_SHARE = 0.3;
/** Short columns are granted their width only as far as every long column keeps this part of its template share. */
const COMFORT = 0.7;

/** Columns share `total` points: each gets at least `floor` and its word minimum up to the ceiling; short columns get
 * their one-line width, long ones share the rest by weight between their minimum and their one-line width. */
export function shareWidths(total: number, floor: number, demands: readonly ColumnDemand[]): number[] {
  const n = demands.length;
  if (!(total > 0) || n === 0) throw new Error(`internal: a table of ${n} columns in ${total} pt`);
  const bottom = Math.min(floor, total / n);
  const weights = demands.map((d) => (Number.isFinite(d.weight) && d.weight > 0 ? d.weight : 1));
  const shares = weights.map((w) => (total * w) / sum(weights));
  const mins = demands.map((d, i) => Math.max(bottom, Math.min(d.word, Math.max(bottom, CEILING_SHARES * shares[i]!))));
  const naturals = demands.map((d, i) => Math.max(mins[i]!, d.natural));
  if (sum(mins) >= total) {
    // Not even the words fit: every column keeps the floor and the rest is shared by what each asks above it.
    const over = sum(mins) - n * bottom;
    return roundToTotal(mins.map((m) => bottom + (over > 0 ? ((m - bottom) * (total - n * bottom)) / over : 0)), total);
  }
  const lo = [...mins];
  const comfort = mins.map((m, i) => Math.max(m, Math.min(naturals[i]!, COMFORT * shares[i]!)));
  const order = naturals.map((_, i) => i).sort((a, b) => naturals[a]! - naturals[b]!);
  const granted = new Set<number>();
  for (const i of order) {
    if (naturals[i]! > SHORT_SHARE * total) break;
    // What is left once the other columns have their comfortable (or granted) width; a short column may take less than its one-line width.
    const room = total - naturals.reduce((s, _, j) => s + (j === i ? 0 : granted.has(j) ? lo[j]! : comfort[j]!), 0);
    // Short of the widest cell, the column is as wide as the widest cell that fits on one line: no room lost.
    const fits = Math.max(mins[i]!, ...demands[i]!.cells.filter((w) => w <= room));
    if (fits > room) break;
    granted.add(i);
    lo[i] = Math.min(naturals[i]!, fits);
  }
  return roundToTotal(waterFill(total, lo, naturals, weights), total);
}

/** Widths clamp(level × weight, lo, hi) summing to `total`; past every `hi`, the room left goes by weight. */
function waterFill(total: number, lo: number[], hi: number[], weights: number[]): number[] {
  if (sum(hi) <= total) return hi.map((w, i) => w + ((total - sum(hi)) * weights[i]!) / sum(weights));
  let a = 0;
  let b = Math.max(...hi.map((w, i) => w / weights[i]!));
  for (let k = 0; k < 60; k++) {
    const mid = (a + b) / 2;
    if (sum(filled(mid, lo, hi, weights)) < total) a = mid;
    else b = mid;
  }
  return filled(b, lo, hi, weights);
}

/** Rounds to twips; the widest column takes the rounding so that the columns fill `total` exactly (to the twip). */
function roundToTotal(widths: number[], total: number): number[] {
  const out = widths.map(toTwip);
  const widest = out.indexOf(Math.max(...out));
  out[widest] = toTwip(out[widest]! + toTwip(total) - sum(out));
  return out;
}
