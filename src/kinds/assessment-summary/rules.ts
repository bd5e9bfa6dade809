// Checks on a validated unit summary: the 20% quota of excellent rankings (a warning; rankings never change).
import { issue, type Issue } from "../../core/index.js";
import type { AssessmentSummary } from "./schema.js";
import { quotaFigure } from "./tally.js";

export function summaryRules(input: AssessmentSummary): Issue[] {
  const q = quotaFigure(input.people);
  if (!q.breached) return [];
  // The competent level may exceed the share for an outstanding unit (Nghị định 335/2025), so this
  // is a warning for the clerk to check, never an error and never a changed ranking.
  const params = { excellent: q.excellent, good: q.good, max: q.max, limit: q.limit, ...(q.percent === null ? {} : { percent: q.percent }) };
  return [issue("excellent_quota_exceeded", ["people"], params, "warning")];
}
