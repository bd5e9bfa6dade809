// Dotted leaders: the dots a right-aligned dot-leader tab draws from the text to the tab stop.
import type { Metrics } from "./fonts.js";
import type { LFragment, LRun } from "./types.js";

/** Dots from `start` to `end` (box coordinates), right-aligned on the stop: as many whole dots as fit,
 * the count LibreOffice draws (measured on every writing line and field of the forms). */
export function leaderFragment(metrics: Metrics, run: LRun, start: number, end: number): LFragment | undefined {
  const face = run.face === "symbol" ? "regular" : run.face;
  const dot = metrics.width(".", face, run.size);
  const n = Math.floor((end - start) / dot);
  if (n <= 0) return undefined;
  return { text: ".".repeat(n), face, size: run.size, underline: false, x: end - n * dot, width: n * dot };
}

/** The run that stands for a leader tab in a paragraph's run list. */
export const leaderRun = (size: number): LRun => ({ text: "\t", face: "regular", size, underline: false, tab: true });
