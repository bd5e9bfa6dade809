// Article 1 and appendix texts of a rotation decision, composed as Vietnamese writes a post and its unit.
import { fromIso } from "../../core/index.js";
import type { RotationPerson } from "./schema.js";

/** Words that name a level of local government; the unit's name follows them. */
const LEVEL = /(?:^|\s)(tỉnh|thành phố|xã|phường|đặc khu|thị trấn)$/u;
const NBSP = "\u00a0";

const words = (s: string): string[] => s.trim().split(/\s+/);
const lowerEq = (a: string, b: string): boolean => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/** How many trailing words of `position` the unit starts with (`… Đảng ủy xã` / `Đảng ủy xã Hải Bình` → 3). */
function overlap(position: string[], unit: string[]): number {
  for (let n = Math.min(position.length, unit.length - 1); n > 0; n--) {
    if (position.slice(-n).every((w, i) => lowerEq(w, unit[i]!))) return n;
  }
  return 0;
}

/**
 * A post and its unit as one phrase: `Bí thư Đảng ủy xã` + `Đảng ủy xã Hải Bình` → `Bí thư Đảng ủy xã Hải Bình`;
 * `Phó Giám đốc Sở Nội vụ` + `tỉnh Thanh Hóa` → no comma; `Bí thư Đảng ủy xã` + `Đảng bộ xã Tân Phong` → the
 * commune's name; otherwise `post, unit` (`Phó Trưởng phòng Tổ chức cán bộ, Sở Tài chính`).
 */
export function postAt(position: string, unit: string): string {
  const p = position.trim();
  const u = unit.trim();
  if (!u || p.toLocaleLowerCase("vi").includes(u.toLocaleLowerCase("vi"))) return p;
  const pw = words(p);
  const uw = words(u);
  const n = overlap(pw, uw);
  if (n > 0) return [...pw, ...uw.slice(n)].join(" ");
  // A unit written as a locality (`tỉnh Thanh Hóa`) qualifies the post directly.
  if (/^(tỉnh|thành phố|xã|phường|đặc khu|thị trấn)\s/u.test(u)) return `${p} ${u}`;
  const level = LEVEL.exec(p)?.[1];
  if (level) {
    const named = new RegExp(`(?:^|\\s)${level}\\s+(.+)$`, "u").exec(u);
    if (named) return `${p} ${named[1]}`;
  }
  return `${p}, ${u}`;
}

/** `2025 - 2030` → `2025–2030` (en dash, as printed in practice). */
export const yearRange = (s: string): string => s.trim().replace(/^(\d{4})\s*[-–—]\s*(\d{4})$/u, "$1–$2");

/** `đến nhận công tác tại …, chỉ định tham gia …, giữ chức …, nhiệm kỳ …` for one person. */
export function destinationClause(p: RotationPerson): string {
  const post = postAt(p.destinationPosition, p.destinationUnit);
  const appoint = p.appointedTo ? `chỉ định tham gia ${p.appointedTo} và giữ chức` : "giữ chức";
  const term = p.destinationTerm ? `, nhiệm kỳ ${yearRange(p.destinationTerm)}` : "";
  return `đến nhận công tác tại ${p.destinationUnit}, ${appoint} ${post}${term}`;
}

/** The appendix cell `Nơi đến công tác và chức vụ`: the post with its unit, the committees and term. */
export function destinationCell(p: RotationPerson): string {
  const term = p.destinationTerm ? `, nhiệm kỳ ${yearRange(p.destinationTerm)}` : "";
  const appoint = p.appointedTo ? `; chỉ định tham gia ${p.appointedTo}` : "";
  return `${postAt(p.destinationPosition, p.destinationUnit)}${term}${appoint}`;
}

/**
 * One short date style per document: Party texts write `16/3/2026` (as their bases do); NĐ 30 texts
 * pad days below 10 and the months 1–2 (`01/8/2026`, `05/02/2026`), as its date rule does.
 */
export function shortDateOf(iso: string, profile: string): string {
  const d = fromIso(iso);
  if (profile === "party") return `${d.day}/${d.month}/${d.year}`;
  return `${String(d.day).padStart(2, "0")}/${d.month <= 2 ? String(d.month).padStart(2, "0") : d.month}/${d.year}`;
}

/** Binds the last two words of a centred line so that its last line never holds one word (`ủy)`). */
export const bindLastWords = (s: string): string => s.replace(/ (\S+)$/u, `${NBSP}$1`);

/** Recipients the clerk adds, without those the fixed `Như Điều 3` already covers (Điều 3 names the people of Điều 1). */
export function extraRecipients(recipients: readonly string[]): string[] {
  const covered = /^-?\s*như điều [13]\s*[,;.]?$/iu;
  return recipients.filter((r) => !covered.test(r.trim()));
}
