// Which regime (template version) a sheet follows: by assessment year and subject type, unless named.
import { compareDates, fromIso, type CalendarDate } from "../../core/index.js";
import type { KindMeta, KindVersion } from "../types.js";
import type { AssessmentSheet, SubjectType } from "./schema.js";

/** Our meta.json versions carry two fields the shared type does not know: who the form is for and
 * whether it scores points (Nghị định 335) or describes the criteria in words (Nghị định 90). */
export interface AssessmentVersion extends KindVersion {
  subjects: SubjectType[];
  scoring: "criteria" | "points";
}

export const versionsOf = (meta: KindMeta): AssessmentVersion[] => meta.versions as AssessmentVersion[];

/** The regime follows the assessed year: the signing date when it falls in that year, else 31/12.
 * (A 2025 sheet signed in January 2026 still follows the 2025 rules.) */
export function assessmentDate(input: Pick<AssessmentSheet, "year" | "date">): CalendarDate {
  const signed = input.date ? fromIso(input.date) : undefined;
  return signed && signed.year === input.year ? signed : { year: input.year, month: 12, day: 31 };
}

const covers = (v: KindVersion, d: CalendarDate) =>
  compareDates(fromIso(v.validFrom), d) <= 0 && (!v.validTo || compareDates(d, fromIso(v.validTo)) <= 0);

/**
 * The version id to use: the one the input names, else the newest version covering the year that
 * has a form for the subject type. From 2026 the date alone cannot choose (Nghị định 335 covers only
 * công chức), so the kind names the version and the pipeline checks it exists. Undefined when no
 * version covers the year: the pipeline then reports that no form applies to the date.
 */
export function resolveVersion(meta: KindMeta, input: Pick<AssessmentSheet, "version" | "year" | "date" | "subjectType">): string | undefined {
  if (input.version) return input.version;
  const d = assessmentDate(input);
  const found = versionsOf(meta)
    .filter((v) => covers(v, d) && v.subjects.includes(input.subjectType))
    .sort((a, b) => compareDates(fromIso(b.validFrom), fromIso(a.validFrom)))[0];
  return found?.id;
}

export const findVersion = (meta: KindMeta, id: string | undefined): AssessmentVersion | undefined =>
  versionsOf(meta).find((v) => v.id === id);
