// Organisation overrides of the [D] defaults, checked against the ranges each rule allows.
import { z } from "zod";
import { issue, type Issue, type Result, ok, fail } from "../core/index.js";
import { nd30 } from "./nd30.js";
import { party } from "./party.js";
import type { Profile, ProfileId, StyleName } from "./types.js";
import { cm, mm } from "./units.js";

type Range = readonly [number, number];
interface Ranges {
  margins: { top: Range; bottom: Range; left: Range; right: Range };
  bodySize: Range;
  sizes: Partial<Record<StyleName, Range>>;
}

/** Allowed ranges from formats.md; party margins are practice only, so they share nd30's range. */
const RANGES: Record<ProfileId, Ranges> = {
  nd30: {
    margins: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    bodySize: [13, 14],
    sizes: { nationalTitle: [12, 13], motto: [13, 14], parentBody: [12, 13], issuingBody: [12, 13], placeDate: [13, 14], docType: [13, 14], summary: [13, 14], pageNumber: [13, 14], signatureAuthority: [13, 14] },
  },
  party: {
    margins: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    bodySize: [14, 15],
    sizes: { docType: [15, 16], summary: [14, 15] },
  },
};

export const profileOverridesSchema = z
  .object({
    marginsMm: z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }).partial().strict(),
    bodySize: z.number(),
    firstLineIndentCm: z.number(),
    spaceAfterPt: z.number(),
    lineHeightPt: z.number(),
    signatureGapMm: z.number(),
    sizes: z.record(z.string(), z.number()),
  })
  .partial()
  .strict();
export type ProfileOverrides = z.infer<typeof profileOverridesSchema>;

const BODY_STYLES: StyleName[] = ["body", "articleLabel", "basis", "authority", "enact", "heading", "note", "signerName", "signatureTitle"];

function check(name: string, v: number, [lo, hi]: Range, out: Issue[]): boolean {
  if (v >= lo && v <= hi) return true;
  out.push(issue("config_invalid", [name], { option: name, value: v, min: lo, max: hi }));
  return false;
}

/** Applies overrides to a copy of the base profile; every out-of-range value is reported, none applied silently. */
export function applyOverrides(base: Profile, o: ProfileOverrides): Result<Profile> {
  const r = RANGES[base.id];
  const issues: Issue[] = [];
  const p: Profile = structuredClone(base);
  for (const [side, v] of Object.entries(o.marginsMm ?? {}) as [keyof Ranges["margins"], number][]) {
    if (check(`marginsMm.${side}`, v, r.margins[side], issues)) p.page.margins[side] = mm(v);
  }
  if (o.bodySize !== undefined && check("bodySize", o.bodySize, r.bodySize, issues)) {
    for (const s of BODY_STYLES) p.styles[s].size = o.bodySize;
  }
  if (o.firstLineIndentCm !== undefined && check("firstLineIndentCm", o.firstLineIndentCm, [1, 1.27], issues)) p.body.firstLineIndent = cm(o.firstLineIndentCm);
  if (o.spaceAfterPt !== undefined && check("spaceAfterPt", o.spaceAfterPt, [6, 12], issues)) p.body.spaceAfter = o.spaceAfterPt;
  const size = p.styles.body.size;
  if (o.lineHeightPt !== undefined && check("lineHeightPt", o.lineHeightPt, [Math.ceil(size * 1.15), Math.floor(size * 1.15 * 1.5)], issues)) p.body.lineHeight = o.lineHeightPt;
  if (o.signatureGapMm !== undefined && check("signatureGapMm", o.signatureGapMm, [25, 30], issues)) p.signatureGap = mm(o.signatureGapMm);
  for (const [name, v] of Object.entries(o.sizes ?? {})) {
    const range = r.sizes[name as StyleName];
    if (!range) issues.push(issue("config_invalid", [`sizes.${name}`], { option: `sizes.${name}`, value: v }));
    else if (check(`sizes.${name}`, v, range, issues)) p.styles[name as StyleName].size = v;
  }
  return issues.length ? fail(issues) : ok(p);
}

export const PROFILES: Record<ProfileId, Profile> = { nd30, party };
export const isProfileId = (id: string): id is ProfileId => Object.hasOwn(PROFILES, id);
