// Dotted leaders: the dots a right-aligned dot-leader tab draws from the text to the tab stop.
import type { Metrics } from "./fonts.js";
import type { LFragment, LRun } from "./types.js";

/** Gap kept between the text and the first dot, as Word leaves one. */
const GAP = 2;

/** Dots from `start` to `end` (box coordinates), right-aligned on the stop like Word's leader. */
export function leaderFragment(metrics: Metrics, run: LRun, start: number, end: number): LFragment | undefined {
  const face = run.face === "symbol" ? "regular" : run.face;
  const dot = metrics.width(".", face, run.size);
  const n = Math.floor((end - start - GAP) / dot);
  if (n <= 0) return undefined;
  return { text: ".".repeat(n), face, size: run.size, underline: false, x: end - n * dot, width: n * dot };
}

/** The run that stands for a leader tab in a paragraph's run list. */
export const leaderRun = (size: number): LRun => ({ text: "\t", face: "regular", size, underline: false, tab: true });
