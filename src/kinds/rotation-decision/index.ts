// The rotation decision kind: schema, Quy định 65 rules, document facts and template view.
import { fromIso, slugify } from "../../core/index.js";
import { loadMeta } from "../meta.js";
import type { DocFacts, KindDefinition } from "../types.js";
import { rotationRules } from "./rules.js";
import { rotationDecisionSchema, type RotationDecision } from "./schema.js";

function facts(input: RotationDecision): DocFacts {
  const d = fromIso(input.date);
  const who = input.people.length === 1 ? input.people[0]!.fullName : `${input.people.length} cán bộ`;
  return {
    date: d,
    profile: input.profile,
    version: input.version,
    title: "Quyết định về việc luân chuyển cán bộ",
    subject: `Luân chuyển cán bộ: ${who}`,
    author: input.issuer.name,
    fileStem: `quyet-dinh-luan-chuyen-${d.year}-${input.number === undefined ? "du-thao" : String(input.number).padStart(2, "0")}-${slugify(input.issuer.symbol, 20)}`,
    naming: { year: d.year, name: input.people.length === 1 ? who : undefined, id: input.id, unit: input.issuer.name, number: input.number === undefined ? undefined : String(input.number) },
    sameDocument: `${input.number}|${input.issuer.symbol}|${input.date}`,
  };
}

function view(input: RotationDecision, profile: string): Record<string, unknown> {
  const single = input.people.length === 1;
  // Vietnamese honorific for state documents: ông / bà by sex.
  const people = input.people.map((p) => ({ exceptionReason: "", ...p, honorific: p.sex === "nữ" ? "bà" : "ông" }));
  // Strict templates need every optional key present: absent values become empty text.
  return {
    ...input,
    issuer: { parentBody: "", ...input.issuer },
    signer: { authority: "", ...input.signer },
    term: input.term ?? { course: "", period: "" },
    number: input.number ?? "",
    single,
    person: people[0],
    isParty: profile === "party",
    people,
  };
}

export const rotationDecision: KindDefinition<typeof rotationDecisionSchema> = {
  meta: loadMeta("rotation-decision"),
  schema: rotationDecisionSchema,
  rules: rotationRules,
  facts,
  view,
};
export type { RotationDecision };
