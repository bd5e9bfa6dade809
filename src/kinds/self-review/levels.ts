// The four quality levels (Quy định 124 and 366) and the Quy định 366 points scale.

export const LEVELS = ["excellent", "good", "completed", "failed"] as const;
export type Level = (typeof LEVELS)[number];

/** The wording printed beside each box, in the order the forms list them. */
export const LEVEL_LABELS: Record<Level, string> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  completed: "Hoàn thành nhiệm vụ",
  failed: "Không hoàn thành nhiệm vụ",
};

/** The band of points each level covers, for messages. */
export const LEVEL_BANDS: Record<Level, string> = {
  excellent: "từ 90 điểm trở lên",
  good: "từ 70 đến dưới 90 điểm",
  completed: "từ 50 đến dưới 70 điểm",
  failed: "dưới 50 điểm",
};

/** Quy định 366-QĐ/TW: ≥ 90 excellent, 70 to < 90 good, 50 to < 70 completed, < 50 failed. */
export function levelFromPoints(points: number): Level {
  if (points >= 90) return "excellent";
  if (points >= 70) return "good";
  if (points >= 50) return "completed";
  return "failed";
}

/** One box per level, the chosen one ticked (none ticked on a blank form). */
export const choiceList = (chosen: Level | undefined) => LEVELS.map((l) => ({ text: LEVEL_LABELS[l], checked: l === chosen }));
