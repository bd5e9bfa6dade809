// District-level bodies were abolished on 01/7/2025; later documents should name none.
import { compareDates, type CalendarDate } from "../core/index.js";

export const DISTRICT_REFORM_DATE: CalendarDate = { year: 2025, month: 7, day: 1 };

const DISTRICT = /(^|[^\p{L}])(huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)(?=$|[^\p{L}])/iu;

/** The district-level word found in text, if any (`huyện`, `quận`, `thị xã` …). */
export function districtWord(text: string): string | undefined {
  return DISTRICT.exec(text.normalize("NFC"))?.[2];
}

export const afterDistrictReform = (d: CalendarDate): boolean => compareDates(d, DISTRICT_REFORM_DATE) >= 0;
