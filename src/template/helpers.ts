// The only helpers templates may call: dates per the official rule, casing, counting, comparisons.
import { BLANK_DATE, fromIso, formatShort } from "../core/index.js";

/** `ngày 05 tháng 02 năm 2026`: day below 10 and months 1–2 get a leading zero, months 3–12 do not. */
export function longDate(iso: string): string {
  const d = fromIso(iso);
  const month = d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  return `ngày ${String(d.day).padStart(2, "0")} tháng ${month} năm ${d.year}`;
}

export const shortDate = (iso: string): string => formatShort(fromIso(iso));

/** Upper case with Vietnamese letters (đ → Đ, ơ → Ơ) handled by the locale-independent mapping. */
export const upper = (s: string): string => s.toUpperCase();
/** Lower-cases the first letter only (Party summaries start lower case). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
export const capitalFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `05`; a number not given yet (a draft) prints as an open space for the register's number. */
export const pad2 = (n: number | "" | undefined): string => (n === undefined || n === "" ? "     " : String(n).padStart(2, "0"));
export const inc = (n: number): number => n + 1;
export const eq = (a: unknown, b: unknown): boolean => a === b;
/** The year of an ISO date. Named yearOf so it cannot shadow a data field called `year`. */
export const yearOf = (iso: string): number => fromIso(iso).year;

/** Joins a list with ", " — used where a sentence names several items. */
export const join = (items: unknown, sep: unknown): string =>
  Array.isArray(items) ? items.join(typeof sep === "string" ? sep : ", ") : "";

/** Splits free text into paragraphs at blank lines or line breaks, dropping empty ones. */
export const paras = (text: unknown): string[] =>
  typeof text === "string" ? text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : [];

/** `Thanh Hóa, ngày 05 tháng 02 năm 2026`, or the blank-form dotted version when there is no date. */
export const placeDate = (place: unknown, iso: unknown): string =>
  typeof iso === "string" && iso ? `${String(place)}, ${longDate(iso)}` : `${typeof place === "string" && place ? place : "......"}, ${BLANK_DATE}`;

export const TEMPLATE_HELPERS = { longDate, shortDate, upper, lowerFirst, capitalFirst, pad2, inc, eq, yearOf, join, paras, placeDate } as const;
