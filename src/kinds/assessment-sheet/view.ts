// The template context of an assessment sheet: the form variant (Mẫu 01/02/03 or the points sheet),
// texts with "" for the blanks the form prints as dotted lines, boxes and formatted points.
import { FAILED, formatPoints, GENERAL_MAX, GENERAL_TOTAL_MAX, LEVELS, TASKS_MAX, type Level } from "./levels.js";
import type { AssessmentPoints, AssessmentSheet, SubjectType } from "./schema.js";
import { derivedLevel, generalTotal, heldConditions, tasksTotal, totalPoints } from "./scoring.js";

interface Variant {
  formNo: string;
  subject: string;
  leaderHeading: string;
}

/** Mẫu 01/02/03 of Nghị định 90/2020; Mẫu 01 has no leaders' part (its item 5 holds the leadership sub-items). */
const VARIANTS: Record<SubjectType, Variant> = {
  "can-bo": { formNo: "01", subject: "CÁN BỘ", leaderHeading: "" },
  "cong-chuc": { formNo: "02", subject: "CÔNG CHỨC", leaderHeading: "PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ" },
  "vien-chuc": { formNo: "03", subject: "VIÊN CHỨC", leaderHeading: "PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ" },
};

const str = (v: string | null | undefined): string => v ?? "";

/** Every criterion text present (strict templates), "" when the person left it for handwriting. */
function texts<T extends Record<string, string | null | undefined>>(o: T, keys: readonly (keyof T)[]): Record<keyof T, string> {
  return Object.fromEntries(keys.map((k) => [k, str(o[k])])) as Record<keyof T, string>;
}

const SELF_KEYS = ["politics", "ethics", "workStyle", "discipline", "duties", "service", "unitResults", "leadership", "unity"] as const;

/** The points table: formatted numbers, or empty cells (and three empty task rows) on a blank sheet. */
function pointsView(p: AssessmentPoints | undefined) {
  const max = { ...GENERAL_MAX, general: GENERAL_TOTAL_MAX, tasks: TASKS_MAX, total: GENERAL_TOTAL_MAX + TASKS_MAX };
  if (!p) {
    const blankTask = (n: number) => ({ no: String(n), content: "", max: "", given: "" });
    return {
      given: false,
      general: { politicsEthics: "", responsibility: "", innovation: "", total: "" },
      tasks: [1, 2, 3].map(blankTask),
      tasksTotal: "",
      total: "",
      max,
    };
  }
  return {
    given: true,
    general: {
      politicsEthics: formatPoints(p.general.politicsEthics),
      responsibility: formatPoints(p.general.responsibility),
      innovation: formatPoints(p.general.innovation),
      total: formatPoints(generalTotal(p)),
    },
    tasks: p.tasks.map((t, i) => ({ no: String(i + 1), content: t.content, max: formatPoints(t.max), given: formatPoints(t.given) })),
    tasksTotal: formatPoints(tasksTotal(p)),
    total: formatPoints(totalPoints(p)),
    max,
  };
}

/** The Nghị định 335 point range of each level, in the order of LEVELS. */
const RANGES = ["từ 90 điểm trở lên", "từ 70 điểm trở lên đến dưới 90 điểm", "từ 50 điểm trở lên đến dưới 70 điểm", "dưới 50 điểm"] as const;

const boxes = (chosen: Level | undefined) => LEVELS.map((text, i) => ({ text, range: RANGES[i]!, checked: text === chosen }));

export function assessmentView(input: AssessmentSheet, scoring: string | undefined): Record<string, unknown> {
  const variant = VARIANTS[input.subjectType];
  const leader = input.isLeader || input.isDeputyHead;
  const held = heldConditions(input);
  const usePoints = scoring === "points" ? input.points : undefined;
  // The box ticked for the self-ranking: the person's choice, else what the data force or give.
  const derived = derivedLevel(held, usePoints);
  const self = texts(input.selfAssessment, SELF_KEYS);
  const comment = texts(input.selfComment, ["strengths", "weaknesses"]);
  const person = texts(input.person, ["fullName", "position", "workplace"]);
  return {
    year: input.year,
    yearText: `Năm ${input.year}`,
    form: { ...variant, title: `PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${variant.subject}`, isCanBo: input.subjectType === "can-bo" },
    unit: { parentBody: str(input.unit.parentBody), name: input.unit.name },
    person: { ...person, workplace: person.workplace || input.unit.name },
    leader,
    // Mẫu 01 has no part for deputies; the authority's part is then section III, else IV.
    deputySection: input.isDeputyHead && input.subjectType !== "can-bo",
    authoritySection: input.isDeputyHead && input.subjectType !== "can-bo" ? "IV" : "III",
    self,
    comment: { ...comment, split: !!(comment.strengths || comment.weaknesses) },
    selfLevels: boxes(input.selfRanking ?? derived),
    blankLevels: boxes(undefined),
    points: pointsView(input.points),
    conditions: {
      degradation: held.includes("degradation"),
      disciplined: held.includes("disciplined"),
      unitCorruption: held.includes("unitCorruption"),
      forced: derived === FAILED && held.length > 0,
    },
    place: input.place,
    date: str(input.date),
    signers: {
      self: str(input.signers.self) || person.fullName,
      deputyReviewer: str(input.signers.deputyReviewer),
      assessor: str(input.signers.assessor),
    },
  };
}
