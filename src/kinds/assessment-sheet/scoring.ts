// The level a sheet's data gives: points on the Nghị định 335 scale, overridden by the forced conditions.
import { FAILED, GENERAL_MAX, levelForPoints, sumPoints, type Level } from "./levels.js";
import type { AssessmentPoints, AssessmentSheet, ForcedCondition } from "./schema.js";

export const generalTotal = (p: AssessmentPoints): number => sumPoints((Object.keys(GENERAL_MAX) as Array<keyof typeof GENERAL_MAX>).map((k) => p.general[k]));
export const tasksTotal = (p: AssessmentPoints): number => sumPoints(p.tasks.map((t) => t.given));
export const totalPoints = (p: AssessmentPoints): number => sumPoints([generalTotal(p), tasksTotal(p)]);

/** The conditions that force `Không hoàn thành nhiệm vụ`; the unit's corruption counts only for leaders. */
export function heldConditions(input: Pick<AssessmentSheet, "conditions" | "isLeader" | "isDeputyHead">): ForcedCondition[] {
  const c = input.conditions;
  const leader = input.isLeader || input.isDeputyHead;
  const held: ForcedCondition[] = [];
  if (c.degradation) held.push("degradation");
  if (c.disciplined) held.push("disciplined");
  if (c.unitCorruption && leader) held.push("unitCorruption");
  return held;
}

/** Forced level first; else the points' level; undefined when neither applies (words-only sheets). */
export function derivedLevel(held: readonly ForcedCondition[], points: AssessmentPoints | undefined): Level | undefined {
  if (held.length > 0) return FAILED;
  return points ? levelForPoints(totalPoints(points)) : undefined;
}
