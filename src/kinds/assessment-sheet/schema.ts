// Input of an annual assessment sheet (Phiếu đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức).
import { z } from "zod";
import { date, recordId, text } from "../fields.js";
import { LEVELS } from "./levels.js";

export const SUBJECT_TYPES = ["can-bo", "cong-chuc", "vien-chuc"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Text the person may leave out: absent, null (an empty YAML value or spreadsheet cell) or "" all
 * mean "not written", and the form then prints dotted lines to write on by hand. */
const optionalText = (max = 5000) => z.string().trim().max(max).nullish();

/** Points as printed on the sheet: never negative; the upper bound depends on the criterion (rules). */
const score = () => z.number().min(0);

const selfAssessmentSchema = z
  .object({
    politics: optionalText(),
    ethics: optionalText(),
    workStyle: optionalText(),
    discipline: optionalText(),
    duties: optionalText(),
    service: optionalText(),
    unitResults: optionalText(),
    leadership: optionalText(),
    unity: optionalText(),
  })
  .strict();

const pointsSchema = z
  .object({
    general: z.object({ politicsEthics: score(), responsibility: score(), innovation: score() }).strict(),
    tasks: z
      .array(z.object({ content: text(500), max: z.number().positive(), given: score() }).strict())
      .min(1)
      .max(20),
  })
  .strict();

export const assessmentSheetSchema = z
  .object({
    kind: z.literal("assessment-sheet"),
    id: recordId(),
    profile: z.enum(["nd30"]).optional(),
    version: text(40).optional(),
    year: z.number().int().min(2000).max(2100),
    subjectType: z.enum(SUBJECT_TYPES),
    isLeader: z.boolean().default(false),
    isDeputyHead: z.boolean().default(false),
    unit: z.object({ parentBody: text(200).optional(), name: text(200) }).strict(),
    person: z
      .object({ fullName: optionalText(100), position: optionalText(300), workplace: optionalText(300) })
      .strict()
      .default({}),
    selfAssessment: selfAssessmentSchema.default({}),
    selfComment: z.object({ strengths: optionalText(), weaknesses: optionalText() }).strict().default({}),
    selfRanking: z.enum(LEVELS).nullish(),
    points: pointsSchema.optional(),
    conditions: z
      .object({ degradation: z.boolean().default(false), disciplined: z.boolean().default(false), unitCorruption: z.boolean().default(false) })
      .strict()
      .default({ degradation: false, disciplined: false, unitCorruption: false }),
    place: text(60),
    date: date().nullish(),
    signers: z
      .object({ self: optionalText(100), deputyReviewer: optionalText(100), assessor: optionalText(100) })
      .strict()
      .default({}),
  })
  .strict();

export type AssessmentSheet = z.infer<typeof assessmentSheetSchema>;
export type AssessmentPoints = z.infer<typeof pointsSchema>;
export type ForcedCondition = keyof AssessmentSheet["conditions"];
