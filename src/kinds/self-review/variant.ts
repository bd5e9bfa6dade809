// Which form applies: the guide (version) from the review year or the input, the variant A/B/C from the person.
import type { KindMeta } from "../types.js";
import type { SelfReview } from "./schema.js";

export type Variant = "A" | "B" | "C";

/** The variant the person's situation implies: outside the political system → C, leadership post → B, else A. */
export function derivedVariant(input: Pick<SelfReview, "isLeader" | "inPoliticalSystem">): Variant | undefined {
  if (input.inPoliticalSystem === false) return "C";
  if (input.isLeader === true) return "B";
  if (input.isLeader === false || input.inPoliticalSystem === true) return "A";
  return undefined;
}

/** The named variant, else the one implied by the flags, else A (the common case). */
export const variantOf = (input: SelfReview): Variant => input.variant ?? derivedVariant(input) ?? "A";

/** The review is dated by its year: the guide in force for that year's review applies. */
export const reviewDateIso = (year: number): string => `${year}-12-31`;

/** Mirrors the pipeline's choice (explicit id, else the newest version covering the review date). */
export function versionOf(input: SelfReview, meta: KindMeta): string {
  if (input.version) return input.version;
  const at = reviewDateIso(input.year);
  const covering = meta.versions.filter((v) => v.validFrom <= at && (!v.validTo || at <= v.validTo)).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return covering[0]?.id ?? meta.versions[0]!.id;
}

/** Per guide: the form codes printed in the metadata, whether form C exists, whether points are scored. */
export const GUIDES: Record<string, { name: string; codes: Record<Variant, string>; hasC: boolean; points: boolean }> = {
  "hd25-2023": { name: "Hướng dẫn 25-HD/BTCTW", codes: { A: "02A-HD KĐ.ĐG 2023", B: "02B-HD KĐ.ĐG 2023", C: "" }, hasC: false, points: false },
  "hd43-2025": { name: "Hướng dẫn 43-HD/BTCTW", codes: { A: "2A-HD KĐ.ĐG 2025", B: "2B-HD KĐ.ĐG 2025", C: "2C-HD KĐ.ĐG 2025" }, hasC: true, points: true },
};
