// Counts per quality level, percentages with a Vietnamese decimal comma, and the 20% quota figure.
import { LEVELS, type Level, type SummaryPerson } from "./schema.js";

/** Those ranked excellent may not exceed this share of those ranked good (Nghị định 335/2025/NĐ-CP for
 * công chức, Hướng dẫn 21-HD/BTCTW for đảng viên); the README section of this kind explains the count. */
export const EXCELLENT_LIMIT_PERCENT = 20;

/** `33,3%`: one decimal, half up, decimal comma. */
export function percentText(count: number, total: number): string {
  const tenths = Math.round((count * 1000) / total);
  return `${(tenths / 10).toFixed(1).replace(".", ",")}%`;
}

/** The share rounded to one decimal, as a number (for machine-readable issue params). */
export const percentValue = (count: number, total: number): number => Math.round((count * 1000) / total) / 10;

export interface LevelTotal {
  level: Level;
  selfCount: number;
  selfPercent: string;
  approvedCount: number;
  approvedPercent: string;
}

export function levelTotals(people: readonly SummaryPerson[]): LevelTotal[] {
  const total = people.length;
  return LEVELS.map((level) => {
    const selfCount = people.filter((p) => p.selfLevel === level).length;
    const approvedCount = people.filter((p) => p.approvedLevel === level).length;
    return { level, selfCount, selfPercent: percentText(selfCount, total), approvedCount, approvedPercent: percentText(approvedCount, total) };
  });
}

export interface QuotaFigure {
  /** Ranked excellent by the competent level. */
  excellent: number;
  /** Ranked good (exactly that level) by the competent level: the base of the 20%. */
  good: number;
  /** How many may be ranked excellent: ⌊20% × good⌋. */
  max: number;
  limit: number;
  /** excellent / good, one decimal; null when nobody is ranked good. */
  percent: number | null;
  percentText: string;
  breached: boolean;
}

/** The quota on the competent level's ranking; integer arithmetic, so 20,0% exactly is within it. */
export function quotaFigure(people: readonly SummaryPerson[]): QuotaFigure {
  const excellent = people.filter((p) => p.approvedLevel === LEVELS[0]).length;
  const good = people.filter((p) => p.approvedLevel === LEVELS[1]).length;
  const limit = EXCELLENT_LIMIT_PERCENT;
  return {
    excellent,
    good,
    max: Math.floor((good * limit) / 100),
    limit,
    percent: good > 0 ? percentValue(excellent, good) : null,
    percentText: good > 0 ? percentText(excellent, good) : "",
    breached: excellent * 100 > good * limit,
  };
}
