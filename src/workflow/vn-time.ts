// Vietnam's calendar date of an instant (Asia/Ho_Chi_Minh), whatever the server's own time zone.
const FORMAT = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });

/** `2027-01-01` for 2026-12-31T23:30:00Z (06:30 on 1 January in Hà Nội). */
export function vietnamDate(at: Date): { iso: string; year: number } {
  const parts = Object.fromEntries(FORMAT.formatToParts(at).map((p) => [p.type, p.value]));
  return { iso: `${parts.year}-${parts.month}-${parts.day}`, year: Number(parts.year) };
}
