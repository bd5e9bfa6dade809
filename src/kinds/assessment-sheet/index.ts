// The annual assessment sheet kind: schema, regime choice, Nghị định 90 / 335 rules, facts and view.
import { slugify } from "../../core/index.js";
import type { DocFacts, KindDefinition } from "../types.js";
import { ASSESSMENT_META } from "./meta.js";
import { assessmentDate, findVersion, resolveVersion } from "./regime.js";
import { assessmentRules } from "./rules.js";
import { assessmentSheetSchema, type AssessmentSheet } from "./schema.js";
import { assessmentView } from "./view.js";

const SUBJECT_WORDS = { "can-bo": "cán bộ", "cong-chuc": "công chức", "vien-chuc": "viên chức" } as const;

function facts(input: AssessmentSheet): DocFacts {
  const name = input.person.fullName ?? "";
  const subject = SUBJECT_WORDS[input.subjectType];
  const version = resolveVersion(ASSESSMENT_META, input);
  return {
    date: assessmentDate(input),
    profile: input.profile,
    version,
    title: `Phiếu đánh giá, xếp loại chất lượng ${subject} năm ${input.year}`,
    subject: name ? `Đánh giá, xếp loại chất lượng năm ${input.year}: ${name}` : `Phiếu đánh giá ${subject} năm ${input.year} (mẫu trống)`,
    author: name || input.unit.name,
    fileStem: `phieu-danh-gia-${input.year}-${name ? slugify(name, 40) : `${input.subjectType}-mau-trong`}`,
    naming: { year: input.year, name: name || undefined, id: input.id ?? undefined, unit: input.unit.name },
  };
}

function view(input: AssessmentSheet): Record<string, unknown> {
  const scoring = findVersion(ASSESSMENT_META, resolveVersion(ASSESSMENT_META, input))?.scoring;
  return assessmentView(input, scoring);
}

export const assessmentSheet: KindDefinition<typeof assessmentSheetSchema> = {
  meta: ASSESSMENT_META,
  schema: assessmentSheetSchema,
  rules: assessmentRules,
  facts,
  view,
};
export { LEVELS, levelForPoints } from "./levels.js";
export type { Level } from "./levels.js";
export type { AssessmentSheet };
