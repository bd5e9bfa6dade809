// Breakthrough items: one or two for a leader's nêu gương registration, never more than two.
import { issue, type Issue } from "../../core/index.js";
import type { CommitmentRegistration } from "./schema.js";

export const MAX_BREAKTHROUGHS = 2;

export function commitmentRules(input: CommitmentRegistration): Issue[] {
  const n = input.breakthroughs.length;
  if (n > MAX_BREAKTHROUGHS) return [issue("commitment_breakthrough_too_many", ["breakthroughs"], { count: n, max: MAX_BREAKTHROUGHS })];
  if (n === 0 && input.type === "exemplary") return [issue("commitment_breakthrough_missing", ["breakthroughs"])];
  return [];
}
