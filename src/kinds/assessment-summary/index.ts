// The year-end unit summary kind: schema, quota rule, document facts and the sorted, totalled view.
import { fromIso, slugify } from "../../core/index.js";
import { sortByName } from "../collation.js";
import { loadMeta } from "../meta.js";
import type { DocFacts, KindDefinition } from "../types.js";
import { summaryRules } from "./rules.js";
import { assessmentSummarySchema, type AssessmentSummary } from "./schema.js";
import { levelTotals, quotaFigure } from "./tally.js";

function facts(input: AssessmentSummary): DocFacts {
  return {
    date: fromIso(input.date),
    profile: input.profile,
    version: input.version,
    title: `Danh sách tổng hợp kết quả xếp loại chất lượng năm ${input.year}`,
    subject: `Kết quả xếp loại chất lượng năm ${input.year}: ${input.unit.name}`,
    author: input.unit.name,
    fileStem: `danh-sach-xep-loai-${input.year}-${slugify(input.unit.name, 40)}`,
    naming: { year: input.year, id: input.id, unit: input.unit.name },
  };
}

function view(input: AssessmentSummary): Record<string, unknown> {
  const ordered = input.order === "input" ? input.people : sortByName(input.people, (p) => p.fullName);
  // Strict templates need every optional key present: absent values become empty text.
  const rows = ordered.map((p) => ({ note: "", ...p }));
  return {
    ...input,
    unit: { parentBody: "", ...input.unit },
    signer: { authority: "", ...input.signer },
    attachedTo: input.attachedTo ?? "",
    rows,
    total: input.people.length,
    totals: levelTotals(input.people),
    quota: quotaFigure(input.people),
  };
}

export const assessmentSummary: KindDefinition<typeof assessmentSummarySchema> = {
  meta: loadMeta("assessment-summary"),
  schema: assessmentSummarySchema,
  rules: summaryRules,
  facts,
  view,
};
export type { AssessmentSummary };
