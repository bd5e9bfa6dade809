// The template context of a self-review: the form's switches, texts as paragraph lists, ticked boxes.
import { paras, signDateLine } from "../form-text.js";
import type { KindMeta } from "../types.js";
import { choiceList, levelFromPoints, LEVEL_LABELS } from "./levels.js";
import type { SelfReview } from "./schema.js";
import { GUIDES, variantOf, versionOf } from "./variant.js";

const SIGN_NOTE = "(Ký, ghi rõ họ tên)";
const REVIEW_KEYS = ["politics", "duties", "leadership", "responsibility", "exemplary", "commitment", "shortcomings", "causes", "remedied", "explanations", "collective", "measures"] as const;


const pointsText = (p: number | undefined): string => (p === undefined ? "" : `${String(p).replace(".", ",")} điểm`);

function managerView(input: SelfReview, variant: string) {
  const m = input.manager;
  // Form C has no managing body in the political system; print the block only when the input asks.
  const show = variant !== "C" || m !== undefined;
  const leader = variant === "B";
  return {
    show,
    heading: m?.heading ?? (leader ? "Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CẤP ỦY QUẢN LÝ CÁN BỘ" : "Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ"),
    comment: paras(m?.comment),
    caption: m?.caption ?? (leader ? "T/M CẤP ỦY" : "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"),
    name: m?.name ?? "",
    dateLine: signDateLine(m?.date),
  };
}

export function selfReviewView(meta: KindMeta) {
  return (input: SelfReview): Record<string, unknown> => {
    const variant = variantOf(input);
    const guide = GUIDES[versionOf(input, meta)]!;
    const r = input.review;
    const member = input.selfRanking.member ?? (input.points !== undefined ? levelFromPoints(input.points) : undefined);
    const p = input.person;
    return {
      yyyy: input.year,
      isB: variant === "B",
      isC: variant === "C",
      scored: guide.points,
      unit: { parentBody: input.unit.parentBody ?? "", name: input.unit.name },
      place: input.place ?? "........",
      date: input.date ?? "",
      person: {
        fullName: p.fullName ?? "",
        birthDate: p.birthDate ?? "",
        partyPosition: p.partyPosition ?? "",
        governmentPosition: p.governmentPosition ?? "",
        massOrgPosition: p.massOrgPosition ?? "",
        workUnit: p.workUnit ?? "",
        partyCell: p.partyCell ?? "",
      },
      review: Object.fromEntries(REVIEW_KEYS.map((k) => [k, paras(r[k])])),
      points: pointsText(input.points),
      pointsLevel: input.points === undefined ? "" : LEVEL_LABELS[levelFromPoints(input.points)],
      officialChoices: choiceList(input.selfRanking.official),
      memberChoices: choiceList(member),
      signNote: SIGN_NOTE,
      manager: managerView(input, variant),
      cell: {
        comment: paras(input.cellProposal.comment),
        choices: choiceList(input.cellProposal.level),
        caption: input.cellProposal.caption ?? "T/M CHI ỦY",
        name: input.cellProposal.name ?? "",
        dateLine: signDateLine(input.cellProposal.date),
      },
      committee: {
        choices: choiceList(input.committeeRanking.level),
        caption: input.committeeRanking.caption ?? "T/M ĐẢNG ỦY",
        name: input.committeeRanking.name ?? "",
        dateLine: signDateLine(input.committeeRanking.date),
      },
    };
  };
}
