// Small text helpers over runs shared by stages that read the model.
import type { Run } from "./nodes.js";

export const plainText = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/** Appends punctuation to the last run, after trimming any the author already typed. */
export function withEnding(runs: readonly Run[], ending: string, strip = /[\s.;,:]+$/u): Run[] {
  if (runs.length === 0) return [{ text: ending }];
  const out = runs.map((r) => ({ ...r }));
  const last = out[out.length - 1]!;
  last.text = last.text.replace(strip, "") + ending;
  return out;
}
