// Unit conversions: everything inside the layout is in PDF points (1/72 inch).
export const mm = (v: number): number => (v * 72) / 25.4;
export const cm = (v: number): number => mm(v * 10);
export const toMm = (pt: number): number => (pt * 25.4) / 72;
