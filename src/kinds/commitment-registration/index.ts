// The exemplary-registration kind: a leader's Bản đăng ký nêu gương or a member's Bản cam kết (Quy định 08-QĐi/TW).
import { fromIso, slugify } from "../../core/index.js";
import { paras, signDateLine } from "../form-text.js";
import { loadMeta } from "../meta.js";
import type { DocFacts, KindDefinition } from "../types.js";
import { commitmentRules } from "./rules.js";
import { commitmentRegistrationSchema, type CommitmentRegistration } from "./schema.js";


function facts(input: CommitmentRegistration): DocFacts {
  const exemplary = input.type === "exemplary";
  const title = exemplary ? `Bản đăng ký nêu gương năm ${input.year}` : `Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm ${input.year}`;
  return {
    // Undated registrations (printed to sign by hand) are placed at the start of their year.
    date: fromIso(input.date ?? `${input.year}-01-01`),
    profile: input.profile,
    version: input.version,
    title,
    subject: `${title}: ${input.person.fullName}`,
    author: input.person.fullName,
    fileStem: `${exemplary ? "dang-ky-neu-guong" : "cam-ket-tu-duong"}-${input.year}-${slugify(input.person.fullName, 40)}`,
    naming: { year: input.year, name: input.person.fullName, id: input.id, unit: input.unit.name },
  };
}

function view(input: CommitmentRegistration): Record<string, unknown> {
  const p = input.person;
  const c = input.commitments;
  // Leaders register with the standing committee that manages them; members with their chi ủy.
  const by = input.approval.by ?? (input.type === "exemplary" ? "standingCommittee" : "cellCommittee");
  return {
    yyyy: input.year,
    exemplary: input.type === "exemplary",
    unit: { parentBody: input.unit.parentBody ?? "", name: input.unit.name },
    place: input.place ?? "........",
    date: input.date ?? "",
    person: {
      fullName: p.fullName,
      birthDate: p.birthDate ?? "",
      partyPosition: p.partyPosition ?? "",
      position: p.position ?? "",
      workUnit: p.workUnit ?? "",
      partyCell: p.partyCell ?? "",
    },
    localPlan: input.localPlan ?? "",
    bases: input.bases,
    shortcomings: input.shortcomings,
    breakthroughs: input.breakthroughs,
    // Empty tables keep two blank rows to write in by hand.
    blankRows: [1, 2],
    commitments: { politics: c.politics ?? "", ethics: c.ethics ?? "", discipline: c.discipline ?? "", exemplary: c.exemplary ?? "" },
    approval: {
      standing: by === "standingCommittee",
      comment: paras(input.approval.comment),
      name: input.approval.name ?? "",
      dateLine: signDateLine(input.approval.date),
    },
  };
}

export const commitmentRegistration: KindDefinition<typeof commitmentRegistrationSchema> = {
  meta: loadMeta("commitment-registration"),
  schema: commitmentRegistrationSchema,
  rules: commitmentRules,
  facts,
  view,
};
export type { CommitmentRegistration };
