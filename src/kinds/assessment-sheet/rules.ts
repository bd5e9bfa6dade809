// Checks beyond the schema: regime against subject, points within their maxima, the level the points
// and the forced conditions give, and the self-ranking against it.
import { formatShort, fromIso, issue, type Issue } from "../../core/index.js";
import { FAILED, GENERAL_MAX, hundredths, TASKS_MAX, type Level } from "./levels.js";
import { ASSESSMENT_META } from "./meta.js";
import { findVersion, resolveVersion } from "./regime.js";
import type { AssessmentPoints, AssessmentSheet, ForcedCondition } from "./schema.js";
import { derivedLevel, heldConditions, totalPoints } from "./scoring.js";

function pointIssues(points: AssessmentPoints): Issue[] {
  const out: Issue[] = [];
  for (const key of Object.keys(GENERAL_MAX) as Array<keyof typeof GENERAL_MAX>) {
    const given = points.general[key];
    if (hundredths(given) > hundredths(GENERAL_MAX[key])) out.push(issue("assessment_points_over_max", ["points", "general", key], { given, max: GENERAL_MAX[key] }));
  }
  points.tasks.forEach((t, i) => {
    if (hundredths(t.given) > hundredths(t.max)) out.push(issue("assessment_points_over_max", ["points", "tasks", i, "given"], { given: t.given, max: t.max }));
  });
  const maxTotal = points.tasks.reduce((s, t) => s + hundredths(t.max), 0) / 100;
  if (hundredths(maxTotal) !== hundredths(TASKS_MAX)) out.push(issue("assessment_points_max_total", ["points", "tasks"], { total: maxTotal, expected: TASKS_MAX }));
  return out;
}

/** An explicitly named version must have a form for the subject (Nghị định 335 covers only công chức). */
function versionIssues(input: AssessmentSheet): Issue[] {
  const v = findVersion(ASSESSMENT_META, input.version);
  if (!input.version || !v || v.subjects.includes(input.subjectType)) return [];
  const options = ASSESSMENT_META.versions.filter((x) => findVersion(ASSESSMENT_META, x.id)?.subjects.includes(input.subjectType)).map((x) => x.id);
  return [issue("assessment_version_subject", ["version"], { version: v.id, subject: input.subjectType, options: options.join(", ") })];
}

/** Inputs that the chosen form has no place for: warned (ignored) or refused when contradictory. */
function applicabilityIssues(input: AssessmentSheet, scoring: string | undefined): Issue[] {
  const out: Issue[] = [];
  if (scoring === "criteria" && input.points) out.push(issue("assessment_not_applicable", ["points"], { what: "points" }, "warning"));
  const texts = Object.values(input.selfAssessment).some((t) => !!t);
  if (scoring === "points" && texts) out.push(issue("assessment_not_applicable", ["selfAssessment"], { what: "selfAssessment" }, "warning"));
  if (input.isDeputyHead && input.subjectType === "can-bo") out.push(issue("assessment_not_applicable", ["isDeputyHead"], { what: "deputy" }, "warning"));
  if (input.conditions.unitCorruption && !input.isLeader && !input.isDeputyHead) {
    out.push(issue("assessment_not_applicable", ["conditions", "unitCorruption"], { what: "unitCorruption" }));
  }
  return out;
}

function rankingIssues(input: AssessmentSheet, scoring: string | undefined, pointsValid: boolean): Issue[] {
  const usePoints = scoring === "points" && input.points && pointsValid ? input.points : undefined;
  const held: ForcedCondition[] = heldConditions(input);
  const points = usePoints ? totalPoints(usePoints) : undefined;
  // Only params that exist: issues are compared and serialised (--json) as they are.
  const withPoints = points === undefined ? {} : { points };
  const out = held.map((c) => issue("assessment_ranking_forced", ["conditions", c], { condition: c, ...withPoints }, "warning"));
  const derived: Level | undefined = derivedLevel(held, usePoints);
  if (input.selfRanking && derived && input.selfRanking !== derived) {
    out.push(issue("assessment_ranking_mismatch", ["selfRanking"], { ranking: input.selfRanking, derived, ...withPoints, forced: derived === FAILED && held.length > 0 }));
  }
  return out;
}

export function assessmentRules(input: AssessmentSheet): Issue[] {
  const scoring = findVersion(ASSESSMENT_META, resolveVersion(ASSESSMENT_META, input))?.scoring;
  const points = scoring === "points" && input.points ? pointIssues(input.points) : [];
  const out = [...versionIssues(input), ...applicabilityIssues(input, scoring), ...points, ...rankingIssues(input, scoring, points.length === 0)];
  if (input.date) {
    const d = fromIso(input.date);
    // The sheet is signed in the assessed year or early the next one.
    if (d.year < input.year || d.year > input.year + 1) out.push(issue("assessment_date_outside_year", ["date"], { date: formatShort(d), year: input.year }, "warning"));
  }
  // A sheet without a name prints as a blank form to fill by hand: meant for one, a surprise in a batch.
  if (!input.person.fullName) out.push(issue("blank_form", ["person", "fullName"], {}, "warning"));
  return out;
}
