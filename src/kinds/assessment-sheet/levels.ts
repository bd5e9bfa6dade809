// The four quality levels and the Nghị định 335/2025 scale: points → level, forced conditions.

/** The levels in the official order and wording (all regimes); also the values a clerk picks. */
export const LEVELS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"] as const;
export type Level = (typeof LEVELS)[number];
export const FAILED: Level = "Không hoàn thành nhiệm vụ";

/** Maximum points of the general criteria (30 in all, three groups of 10 [I]) and of task results. */
export const GENERAL_MAX = { politicsEthics: 10, responsibility: 10, innovation: 10 } as const;
export const TASKS_MAX = 70;
export const GENERAL_TOTAL_MAX = GENERAL_MAX.politicsEthics + GENERAL_MAX.responsibility + GENERAL_MAX.innovation;

/** Lower bounds in points, best level first: ≥ 90, 70 to < 90, 50 to < 70, below 50. */
const THRESHOLDS: ReadonlyArray<readonly [number, Level]> = [
  [90, "Hoàn thành xuất sắc nhiệm vụ"],
  [70, "Hoàn thành tốt nhiệm vụ"],
  [50, "Hoàn thành nhiệm vụ"],
];

/** Points are compared in hundredths so that 0.1 + 0.2 sums and 89.99 stay exact. */
export const hundredths = (points: number): number => Math.round(points * 100);
export const fromHundredths = (h: number): number => h / 100;

export function levelForPoints(points: number): Level {
  const h = hundredths(points);
  for (const [min, level] of THRESHOLDS) if (h >= min * 100) return level;
  return FAILED;
}

/** Vietnamese number: `87,5`, `90`, `9,25` (decimal comma, at most two decimals). */
export function formatPoints(points: number): string {
  return String(fromHundredths(hundredths(points))).replace(".", ",");
}

/** Sum in points, exact to the hundredth. */
export const sumPoints = (list: readonly number[]): number => fromHundredths(list.reduce((s, p) => s + hundredths(p), 0));
