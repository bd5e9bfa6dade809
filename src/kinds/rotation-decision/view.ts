// The template context of a rotation decision: merged bases, composed Article 1 and appendix texts, one date style.
import { arrangeBases } from "../legal-bases.js";
import { bindLastWords, destinationClause, destinationCell, extraRecipients, postAt, shortDateOf, yearRange } from "./compose.js";
import type { RotationDecision } from "./schema.js";

const QD65_PARTY = "Căn cứ Quy định số 65-QĐ/TW, ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ";
const QD65_ND30 = "Căn cứ Quy định số 65-QĐ/TW ngày 28 tháng 4 năm 2022 của Bộ Chính trị về luân chuyển cán bộ";

/** The bases each template always cites (the Party charter and working rules; Quy định 65). */
function fixedBases(input: RotationDecision, party: boolean): string[] {
  if (!party) return [QD65_ND30];
  const term = input.term;
  const rules = term ? [`Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa ${term.course}, nhiệm kỳ ${yearRange(term.period)}`] : [];
  return ["Căn cứ Điều lệ Đảng", ...rules, QD65_PARTY];
}

/** `ngày 29 tháng 6 năm 2026` (NĐ 30's pattern) or `, ngày 16/3/2026` (Party), as the bases of each write dates. */
function referenceLine(input: RotationDecision, party: boolean): string {
  // A draft's number is left open (no-break spaces: running text collapses ordinary ones).
  const n = input.number === undefined ? "\u00a0".repeat(6) : String(input.number).padStart(2, "0");
  const d = input.date.split("-").map(Number) as [number, number, number];
  const long = `ngày ${String(d[2]).padStart(2, "0")} tháng ${d[1] <= 2 ? String(d[1]).padStart(2, "0") : d[1]} năm ${d[0]}`;
  const text = party
    ? `(Kèm theo Quyết định số ${n}-QĐ/${input.issuer.symbol}, ngày ${shortDateOf(input.date, "party")} của ${input.decidingBody})`
    : `(Kèm theo Quyết định số ${n}/QĐ-${input.issuer.symbol} ${long} của ${input.decidingBody})`;
  return bindLastWords(text);
}

export function rotationView(input: RotationDecision, profile: string): Record<string, unknown> {
  const party = profile === "party";
  const proposal = `${party ? "Xét" : "Theo"} đề nghị của ${input.proposer}`;
  const owner = { symbol: input.issuer.symbol, body: input.decidingBody };
  // Vietnamese honorific for state documents: ông / bà by sex.
  const people = input.people.map((p) => ({
    ...p,
    honorific: p.sex === "nữ" ? "bà" : "ông",
    current: postAt(p.currentPosition, p.currentUnit),
    destination: destinationClause(p),
    destinationCell: destinationCell(p),
    // The same short date as the bases of the document (`1/8/2026` in Party documents).
    start: shortDateOf(p.startDate, profile),
  }));
  // Strict templates need every optional key present: absent values become empty text.
  return {
    ...input,
    issuer: { parentBody: "", ...input.issuer },
    signer: { authority: "", ...input.signer },
    number: input.number ?? "",
    bases: arrangeBases([...fixedBases(input, party), ...input.legalBases, proposal], owner),
    single: people.length === 1,
    person: people[0],
    isParty: party,
    people,
    reference: referenceLine(input, party),
    recipients: extraRecipients(input.recipients),
  };
}
