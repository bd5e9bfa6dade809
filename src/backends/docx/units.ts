// Point conversions for OOXML: twips (1/20 pt) for lengths, half-points for font sizes, eighths for borders.

export const twips = (pt: number): number => Math.round(pt * 20);

export const halfPoints = (pt: number): number => Math.round(pt * 2);

/** Border width in eighths of a point, clamped to what Word accepts (0.25–12 pt). */
export const eighths = (pt: number): number => Math.min(96, Math.max(2, Math.round(pt * 8)));
