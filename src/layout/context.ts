// What every block builder needs: the profile, the metrics and the text box width.
import type { Profile, StyleName } from "../profiles/index.js";
import type { Metrics } from "./fonts.js";

export interface LayoutContext {
  profile: Profile;
  metrics: Metrics;
  /** Width of the text box between the margins of the current section. */
  width: number;
  /** Left column of the two-column grids (header, signature), shared so they line up. */
  gridColumns: [number, number];
  /** Past the form's first section heading: fields there are the section's items, indented as body text. */
  inSection?: boolean;
}

/** Exact line height for a font size: the body's for 13–15 pt, proportional above, tighter below. */
export function lineFor(ctx: LayoutContext, size: number): number {
  const body = ctx.profile.body.lineHeight;
  if (size >= 13) return Math.max(body, Math.round(size * 1.25));
  return size + 3;
}

export const styleOf = (ctx: LayoutContext, name: StyleName) => ctx.profile.styles[name];
