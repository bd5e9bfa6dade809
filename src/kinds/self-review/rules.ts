// Checks beyond the schema: variant against the person's situation and the guide, points against the ranking.
import { issue, type Issue } from "../../core/index.js";
import type { KindMeta } from "../types.js";
import { LEVEL_BANDS, LEVEL_LABELS, levelFromPoints } from "./levels.js";
import type { SelfReview } from "./schema.js";
import { derivedVariant, GUIDES, variantOf, versionOf } from "./variant.js";

/** Inputs that only form B prints (leadership items, section V); C also has no cán bộ ranking. */
const ONLY_B = ["leadership", "responsibility", "exemplary", "collective"] as const;

function variantIssues(input: SelfReview, version: string): Issue[] {
  const out: Issue[] = [];
  const derived = derivedVariant(input);
  if (input.variant && derived && derived !== input.variant) {
    out.push(issue("self_review_variant_conflict", ["variant"], { variant: input.variant, derived }));
  }
  const variant = variantOf(input);
  const guide = GUIDES[version]!;
  if (variant === "C" && !guide.hasC) {
    out.push(issue("self_review_form_c_before_2025", [input.variant ? "variant" : "inPoliticalSystem"], { year: input.year, guide: guide.name }));
  }
  return out;
}

function pointsIssues(input: SelfReview, version: string): Issue[] {
  if (input.points === undefined) return [];
  if (!GUIDES[version]!.points) return [issue("self_review_points_not_scored", ["points"], { year: input.year, guide: GUIDES[version]!.name })];
  const expected = levelFromPoints(input.points);
  const given = input.selfRanking.member;
  if (!given || given === expected) return [];
  return [
    issue("self_review_points_level_mismatch", ["selfRanking", "member"], {
      points: input.points,
      given: LEVEL_LABELS[given],
      expected: LEVEL_LABELS[expected],
      band: LEVEL_BANDS[expected],
    }),
  ];
}

/** Text entered for items the chosen form does not print would be lost silently: warn. */
function droppedContent(input: SelfReview, version: string): Issue[] {
  const variant = variantOf(input);
  if (variant === "B") return [];
  const form = GUIDES[version]!.codes[variant].split("-")[0] || variant;
  const out = ONLY_B.filter((k) => input.review[k] !== undefined).map((k) => issue("self_review_not_in_form", ["review", k], { form }, "warning"));
  if (variant === "C" && input.selfRanking.official) out.push(issue("self_review_not_in_form", ["selfRanking", "official"], { form }, "warning"));
  return out;
}

export function selfReviewRules(meta: KindMeta) {
  return (input: SelfReview): Issue[] => {
    const version = versionOf(input, meta);
    // A review without a name prints as a blank form to fill by hand: meant for one, a surprise in a batch.
    const blank = input.person.fullName ? [] : [issue("blank_form", ["person", "fullName"], {}, "warning")];
    return [...variantIssues(input, version), ...pointsIssues(input, version), ...droppedContent(input, version), ...blank];
  };
}
