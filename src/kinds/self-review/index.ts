// The Party member self-review kind (Bản kiểm điểm cá nhân): forms 02A/02B (HD 25) and 2A/2B/2C (HD 43).
import { fromIso, slugify } from "../../core/index.js";
import { loadMeta } from "../meta.js";
import type { DocFacts, KindDefinition } from "../types.js";
import { selfReviewRules } from "./rules.js";
import { selfReviewSchema, type SelfReview } from "./schema.js";
import { GUIDES, reviewDateIso, variantOf, versionOf } from "./variant.js";
import { selfReviewView } from "./view.js";

const meta = loadMeta("self-review");

function facts(input: SelfReview): DocFacts {
  const variant = variantOf(input);
  const code = GUIDES[versionOf(input, meta)]!.codes[variant] || variant;
  const who = input.person.fullName;
  return {
    // The guide follows the review year, not the day the form is signed (a 2024 review written in
    // January 2025 still uses Hướng dẫn 25).
    date: fromIso(reviewDateIso(input.year)),
    profile: input.profile,
    version: input.version,
    title: `Bản kiểm điểm cá nhân năm ${input.year}`,
    subject: `Bản kiểm điểm cá nhân năm ${input.year} (Mẫu ${code})${who ? `: ${who}` : ""}`,
    author: who ?? input.unit.name,
    fileStem: `ban-kiem-diem-${input.year}-${slugify(who ?? `mau ${code.split("-")[0]} trong`, 40)}`,
    naming: { year: input.year, name: who, id: input.id, unit: input.unit.name },
  };
}

export const selfReview: KindDefinition<typeof selfReviewSchema> = {
  meta,
  schema: selfReviewSchema,
  rules: selfReviewRules(meta),
  facts,
  view: selfReviewView(meta),
};
export type { SelfReview };
