// Texts the fill-in forms (self-review, exemplary registration) build for their templates.
import { fromIso } from "../core/index.js";

/** `Ngày 05 tháng 12 năm 2025` above a signature, or gaps to fill by hand. */
export function signDateLine(iso: string | undefined): string {
  // The same gaps as the header's blank date (`ngày ...... tháng ...... năm 20......`): one dotted style per paper.
  if (!iso) return "Ngày ...... tháng ...... năm 20......";
  const d = fromIso(iso);
  return `Ngày ${String(d.day).padStart(2, "0")} tháng ${d.month <= 2 ? String(d.month).padStart(2, "0") : d.month} năm ${d.year}`;
}

/** Free text → paragraphs (line breaks separate them); absent → none, so the form prints dotted lines. */
export const paras = (s: string | undefined): string[] => (s ?? "").split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
