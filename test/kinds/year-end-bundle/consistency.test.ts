// The sample bundle is one unit's year: each person holds the same post in every document and is on the summary list.
import { describe, expect, it } from "vitest";
import { loadRecord } from "../../helpers/samples.js";

type Doc = Record<string, Record<string, string> | string | number | boolean>;
interface Member {
  fullName: string;
  assessmentSheet?: Doc;
  selfReview?: Doc;
  commitmentRegistration?: Doc;
}
const bundle = loadRecord("inputs/year-end/so-noi-vu-2025.yaml") as { people: Member[]; summary: { people: Array<{ fullName: string; position: string }> } };
const person = (d: Doc | undefined) => (d?.person ?? {}) as Record<string, string>;

describe.each(bundle.people)("bundle member $fullName", (m) => {
  it("is named alike in every document and is on the summary list", () => {
    for (const d of [m.assessmentSheet, m.selfReview, m.commitmentRegistration]) if (d) expect(person(d).fullName).toBe(m.fullName);
    expect(bundle.summary.people.map((p) => p.fullName)).toContain(m.fullName);
  });
  it("holds the same post on the sheet, the self-review, the registration and the summary", () => {
    const post = person(m.assessmentSheet).position!;
    const listed = bundle.summary.people.find((p) => p.fullName === m.fullName)!.position;
    expect(listed.startsWith(post.split(" hạng")[0]!.split(",")[0]!), `${listed} / ${post}`).toBe(true);
    if (m.selfReview) expect(person(m.selfReview).governmentPosition).toMatch(new RegExp(`^${post}`));
    if (m.commitmentRegistration) expect(person(m.commitmentRegistration).position).toMatch(new RegExp(`^${post}`));
    const workplace = person(m.assessmentSheet).workplace;
    if (workplace && m.selfReview) expect(person(m.selfReview).workUnit).toBe(workplace);
  });
  it("belongs to the bundle's province", () => {
    const unit = m.assessmentSheet!.unit as Record<string, string>;
    expect(`${unit.parentBody} ${unit.name}`).toMatch(/Thanh Hóa|Sở Nội vụ/);
    expect(JSON.stringify(m)).not.toMatch(/Ninh Bình/);
  });
});
