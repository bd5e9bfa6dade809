// Dates from spreadsheets: Excel date cells, serial numbers (1900 and 1904 systems) and typed text.
import { isValidDate, parseDate, toIso } from "../core/index.js";

const DAY_MS = 86_400_000;

/** ISO date of a Date cell (exceljs gives UTC midnight; a time of day is dropped). */
export function isoOfDate(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  // Round to the nearest minute first: serial fractions may land a millisecond before midnight.
  const t = new Date(Math.round(d.getTime() / 60_000) * 60_000);
  const [y, m, day] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  return isValidDate(y, m, day) ? toIso({ year: y, month: m, day }) : undefined;
}

/**
 * ISO date of an Excel serial number. In the 1900 system day 1 is 1/1/1900 and Excel counts a
 * 29/02/1900 that never was (serial 60, Lotus 1-2-3's leap-year bug): serials from 61 on are one
 * day ahead of a plain count, serial 60 is no date at all. The 1904 system counts from 1/1/1904 as 0.
 */
export function isoOfSerial(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial + 1e-9);
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (days === 60) return undefined;
  else epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  if (days < (date1904 ? 0 : 1)) return undefined;
  return isoOfDate(new Date(epoch + days * DAY_MS));
}

/** Typed text: ISO (with or without a time), dd/mm/yyyy and its variants become ISO; the rest is left
 * for the schema to explain (`31/02/1980` does not exist, `1980` is not a date). */
export function normaliseDateText(text: string): string {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  const parsed = parseDate(iso ? iso[1]! : t);
  return typeof parsed === "object" ? toIso(parsed) : t;
}
