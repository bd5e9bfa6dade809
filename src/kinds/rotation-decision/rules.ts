// Quy định 65-QĐ/TW checks on a validated rotation decision: period, service left, district units.
import { compareDates, formatShort, fromIso, issue, monthsBetween, type Issue } from "../../core/index.js";
import { afterDistrictReform, districtWord } from "../district.js";
import { retirementDate } from "../retirement.js";
import type { RotationDecision, RotationPerson } from "./schema.js";

export const MIN_ROTATION_MONTHS = 36;
export const MIN_SERVICE_LEFT_MONTHS = 120;

function personRules(p: RotationPerson, i: number, decisionDate: string): Issue[] {
  const out: Issue[] = [];
  const at = ["people", i];
  if (p.months < MIN_ROTATION_MONTHS && !p.exception) {
    out.push(issue("rotation_too_short", [...at, "months"], { months: p.months, min: MIN_ROTATION_MONTHS }));
  }
  if (p.exception && !p.exceptionReason) out.push(issue("exception_reason_missing", [...at, "exceptionReason"]));
  const start = fromIso(p.startDate);
  const retire = retirementDate(fromIso(p.birthDate), p.sex);
  const left = monthsBetween(start, retire);
  if (left < MIN_SERVICE_LEFT_MONTHS) {
    out.push(
      issue(
        "service_left_short",
        [...at, "birthDate"],
        { retirement: formatShort(retire), years: Math.floor(Math.max(0, left) / 12), months: Math.max(0, left) % 12, min: MIN_SERVICE_LEFT_MONTHS / 12, passed: left < 0 },
        "warning",
      ),
    );
  }
  if (compareDates(start, fromIso(decisionDate)) < 0) {
    out.push(issue("start_before_decision", [...at, "startDate"], { start: formatShort(start), decision: formatShort(fromIso(decisionDate)) }, "warning"));
  }
  if (afterDistrictReform(fromIso(decisionDate))) {
    for (const field of ["currentUnit", "currentPosition", "destinationUnit", "destinationPosition"] as const) {
      const word = districtWord(p[field]);
      if (word) out.push(issue("district_unit_after_reform", [...at, field], { word }, "warning"));
    }
  }
  return out;
}

export function rotationRules(input: RotationDecision): Issue[] {
  const out: Issue[] = input.people.flatMap((p, i) => personRules(p, i, input.date));
  const profile = input.profile ?? "party";
  if (profile === "party" && !input.term) out.push(issue("required", ["term"], { profile }));
  if (profile === "nd30" && input.legalBases.length === 0) out.push(issue("required", ["legalBases"], { profile }));
  if (afterDistrictReform(fromIso(input.date))) {
    for (const field of ["name", "parentBody"] as const) {
      const word = districtWord(input.issuer[field] ?? "");
      if (word) out.push(issue("district_unit_after_reform", ["issuer", field], { word }, "warning"));
    }
  }
  return out;
}
