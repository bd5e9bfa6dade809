// One year-end input for a unit: every person's assessment sheet, self-review and commitment
// registration plus the unit summary, rendered together into a folder named after the unit.
import { z } from "zod";
import { slugify } from "../../core/index.js";
import { recordId, text } from "../fields.js";
import { loadMeta } from "../meta.js";
import type { DocFacts, ExpandedRecord, KindDefinition } from "../types.js";

/** A child document's data: checked in full by its own kind when it is rendered. */
const child = () => z.record(z.string(), z.unknown());

const personSchema = z
  .object({
    fullName: text(100),
    /** The person's staff number: given to each child that has none (`{id}` in output names). */
    id: recordId(),
    assessmentSheet: child().optional(),
    selfReview: child().optional(),
    commitmentRegistration: child().optional(),
  })
  .strict();

export const yearEndBundleSchema = z
  .object({
    kind: z.literal("year-end-bundle"),
    year: z.number().int().min(2020).max(2100),
    unit: text(200),
    /** Optional sub-folder name; the unit's name is used otherwise. */
    folder: text(80).optional(),
    summary: child().optional(),
    people: z.array(personSchema).min(1).max(5000),
  })
  .strict();
export type YearEndBundle = z.infer<typeof yearEndBundleSchema>;

const CHILDREN = [
  ["assessmentSheet", "assessment-sheet", "Phiếu đánh giá"],
  ["selfReview", "self-review", "Bản kiểm điểm"],
  ["commitmentRegistration", "commitment-registration", "Bản đăng ký/cam kết"],
] as const;

function expand(input: YearEndBundle): ExpandedRecord[] {
  const folder = `${slugify(input.folder ?? input.unit)}-${input.year}`;
  const out: ExpandedRecord[] = [];
  for (const person of input.people) {
    for (const [key, kind, what] of CHILDREN) {
      const data = person[key];
      const id = person.id !== undefined && data && !Object.hasOwn(data, "id") ? { id: person.id } : {};
      if (data) out.push({ folder, data: { kind, ...id, ...data }, label: `${what} của ${person.fullName}` });
    }
  }
  if (input.summary) out.push({ folder, data: { kind: "assessment-summary", ...input.summary }, label: `Danh sách tổng hợp của ${input.unit}` });
  return out;
}

function facts(input: YearEndBundle): DocFacts {
  return {
    date: { year: input.year, month: 12, day: 31 },
    title: `Hồ sơ cuối năm ${input.year}`,
    subject: input.unit,
    author: input.unit,
    fileStem: `${slugify(input.folder ?? input.unit)}-${input.year}`,
    naming: { year: input.year, unit: input.unit },
  };
}

export const yearEndBundle: KindDefinition<typeof yearEndBundleSchema> = {
  meta: loadMeta("year-end-bundle"),
  schema: yearEndBundleSchema,
  rules: () => [],
  facts,
  view: (input) => ({ ...input }),
  expand,
};
