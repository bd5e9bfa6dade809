// Statutory retirement age (Bộ luật Lao động 2019 Điều 169, Nghị định 135/2020/NĐ-CP roadmap).
import { addMonths, type CalendarDate } from "../core/index.js";

interface Roadmap {
  baseMonths: number;
  stepMonths: number;
  steps: number;
}
const ROADMAP: Record<"nam" | "nữ", Roadmap> = {
  // Men: 60 years 3 months in 2021, +3 months a year, 62 years from 2028.
  nam: { baseMonths: 60 * 12, stepMonths: 3, steps: 8 },
  // Women: 55 years 4 months in 2021, +4 months a year, 60 years from 2035.
  nữ: { baseMonths: 55 * 12, stepMonths: 4, steps: 15 },
};

/** The age in months at which a person born on `birth` reaches retirement. Step k applies to people
 * who reach 60y+3k months (men) in the year 2020+k; before the roadmap the base age applies. */
export function retirementAgeMonths(birth: CalendarDate, sex: "nam" | "nữ"): number {
  const r = ROADMAP[sex];
  if (addMonths(birth, r.baseMonths).year <= 2020) return r.baseMonths;
  for (let k = 1; k < r.steps; k++) {
    const age = r.baseMonths + k * r.stepMonths;
    if (addMonths(birth, age).year <= 2020 + k) return age;
  }
  return r.baseMonths + r.steps * r.stepMonths;
}

/** The first day of the month after the person reaches retirement age: the day retirement starts. */
export function retirementDate(birth: CalendarDate, sex: "nam" | "nữ"): CalendarDate {
  const reached = addMonths(birth, retirementAgeMonths(birth, sex));
  const next = addMonths({ year: reached.year, month: reached.month, day: 1 }, 1);
  return next;
}
