// Calendar dates without time zones: parsing, validity and arithmetic on whole days and months.

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Accepts ISO `yyyy-mm-dd` and Vietnamese `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`). */
export function parseDate(text: string): CalendarDate | "format" | "impossible" {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return "format";
  return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : "impossible";
}

export const toIso = (d: CalendarDate): string =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

export const fromIso = (iso: string): CalendarDate => {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
};

export const compareDates = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

/** Adds whole months; the day is clamped to the target month's length (31/1 + 1 month = 28/2). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole months from a to b (negative when b is earlier), counting a month only once its day is reached. */
export function monthsBetween(a: CalendarDate, b: CalendarDate): number {
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return months;
}

/** `dd/mm/yyyy`, the short form used in reference lines and tables. */
export const formatShort = (d: CalendarDate): string =>
  `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;

/** The dotted gaps of a date written by hand, one style in every profile and form (review §2.13). */
export const BLANK_DATE = "ngày ...... tháng ...... năm 20......";
