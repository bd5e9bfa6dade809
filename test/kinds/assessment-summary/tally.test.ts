// Totals per level, percentages with a decimal comma, and the 20% quota counted on the competent level's ranking.
import { describe, expect, it } from "vitest";
import { LEVELS, type SummaryPerson } from "../../../src/kinds/assessment-summary/schema.js";
import { levelTotals, percentText, quotaFigure } from "../../../src/kinds/assessment-summary/tally.js";

const [XS, TOT, HT, KHT] = LEVELS;
/** People with the given approved levels (self-ranked one level better where possible). */
function people(counts: [number, number, number, number], self?: (typeof LEVELS)[number]): SummaryPerson[] {
  return counts.flatMap((n, i) => Array.from({ length: n }, (_, k) => ({ fullName: `Người ${i}-${k}`, position: "Chuyên viên", selfLevel: self ?? LEVELS[i]!, approvedLevel: LEVELS[i]! })));
}

describe("percentText", () => {
  it("prints one decimal with a comma, rounding half up", () => {
    expect([percentText(1, 3), percentText(2, 3), percentText(1, 8), percentText(1, 16), percentText(0, 7), percentText(7, 7)]).toEqual(["33,3%", "66,7%", "12,5%", "6,3%", "0,0%", "100,0%"]);
  });
});

describe("levelTotals", () => {
  it("counts self and approved rankings per level, as shares of all the people", () => {
    const list = [...people([1, 9, 2, 0]), { fullName: "X", position: "Y", selfLevel: XS, approvedLevel: KHT }];
    expect(levelTotals(list)).toEqual([
      { level: XS, selfCount: 2, selfPercent: "15,4%", approvedCount: 1, approvedPercent: "7,7%" },
      { level: TOT, selfCount: 9, selfPercent: "69,2%", approvedCount: 9, approvedPercent: "69,2%" },
      { level: HT, selfCount: 2, selfPercent: "15,4%", approvedCount: 2, approvedPercent: "15,4%" },
      { level: KHT, selfCount: 0, selfPercent: "0,0%", approvedCount: 1, approvedPercent: "7,7%" },
    ]);
  });
});

describe("quotaFigure", () => {
  it("allows exactly 20%: 2 excellent for 10 good", () => {
    expect(quotaFigure(people([2, 10, 0, 0]))).toEqual({ excellent: 2, good: 10, max: 2, limit: 20, percent: 20, percentText: "20,0%", breached: false });
  });

  it("flags 3 excellent for 12 good (25,0%, at most 2)", () => {
    expect(quotaFigure(people([3, 12, 1, 0]))).toMatchObject({ excellent: 3, good: 12, max: 2, percent: 25, percentText: "25,0%", breached: true });
  });

  it("bases the share on those ranked good only, not on everybody or on good and excellent together", () => {
    // 1 of 4 good is 25% (breach), although 1 of 5 (good + excellent) would be exactly 20%.
    expect(quotaFigure(people([1, 4, 10, 0])).breached).toBe(true);
    expect(quotaFigure(people([1, 5, 0, 0])).breached).toBe(false);
  });

  it("counts the competent level's ranking, not the self-ranking", () => {
    expect(quotaFigure(people([0, 5, 0, 0], XS))).toMatchObject({ excellent: 0, good: 5, breached: false });
  });

  it("flags any excellent ranking when nobody is ranked good, and nothing when neither is", () => {
    expect(quotaFigure(people([1, 0, 3, 0]))).toMatchObject({ excellent: 1, good: 0, max: 0, percent: null, percentText: "", breached: true });
    expect(quotaFigure(people([0, 0, 3, 1]))).toMatchObject({ excellent: 0, good: 0, breached: false });
  });
});
