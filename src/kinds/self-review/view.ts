// The template context of a self-review: the form's switches, texts as paragraph lists, ticked boxes.
import { paras, signDateLine } from "../form-text.js";
import type { KindMeta } from "../types.js";
import { choiceList, levelFromPoints } from "./levels.js";
import type { SelfReview } from "./schema.js";
import { variantOf, versionOf, type Variant } from "./variant.js";

const SIGN_NOTE = "(Ký, ghi rõ họ tên)";
/** Hướng dẫn 25's note under the head of the managing body, who stamps the form. */
const HEAD_NOTE = "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)";
const REVIEW_KEYS = ["politics", "duties", "leadership", "responsibility", "exemplary", "commitment", "shortcomings", "causes", "remedied", "explanations", "collective", "measures"] as const;

/** Hướng dẫn 43 subtitles of forms 2A, 2B, 2C; Hướng dẫn 25 has one for 02B only. */
const SUBTITLES: Record<Variant, string> = {
  A: "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)",
  B: "(Cá nhân giữ chức vụ lãnh đạo, quản lý)",
  C: "(Đảng viên không làm việc trong hệ thống chính trị)",
};

const num = (p: number | undefined): string => (p === undefined ? "" : String(p).replace(".", ","));
/** `25/30`, or the blank `…/30` to fill by hand. */
const outOf = (p: number | undefined, max: number): string => `${p === undefined ? "……" : num(p)}/${max}`;

/** The total printed and ranked: the 100-point figure, else the sum of both groups when both are given. */
export function totalPoints(input: Pick<SelfReview, "points" | "scores">): number | undefined {
  if (input.points !== undefined) return input.points;
  const s = input.scores;
  return s?.general !== undefined && s.tasks !== undefined ? Math.round((s.general + s.tasks) * 100) / 100 : undefined;
}

function managerView(input: SelfReview, variant: Variant, hd25: boolean) {
  const m = input.manager;
  // Form C has no managing body in the political system; print the block only when the input asks.
  const show = variant !== "C" || m !== undefined;
  const leader = variant === "B";
  const defaultHeading = hd25 ? "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC" : leader ? "Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CẤP ỦY QUẢN LÝ CÁN BỘ" : "Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ";
  const caption = m?.caption ?? (leader ? "T/M CẤP ỦY" : "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
  return {
    show,
    heading: m?.heading ?? defaultHeading,
    comment: paras(m?.comment),
    choices: choiceList(m?.level),
    caption,
    note: hd25 && caption === "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ" ? HEAD_NOTE : SIGN_NOTE,
    name: m?.name ?? "",
    dateLine: signDateLine(m?.date),
  };
}

/** The chi bộ proposes; its chi ủy signs for it, or the chi bộ itself when it has no chi ủy. */
function cellView(input: SelfReview) {
  const c = input.cellProposal;
  const hasCommittee = c.hasCommittee !== false;
  return {
    who: hasCommittee ? "chi ủy" : "chi bộ",
    whoCaps: hasCommittee ? "CHI ỦY" : "CHI BỘ",
    comment: paras(c.comment),
    choices: choiceList(c.level),
    caption: c.caption ?? (hasCommittee ? "T/M CHI ỦY" : "T/M CHI BỘ"),
    name: c.name ?? "",
    dateLine: signDateLine(c.date),
  };
}

export function selfReviewView(meta: KindMeta) {
  return (input: SelfReview): Record<string, unknown> => {
    const variant = variantOf(input);
    const version = versionOf(input, meta);
    const total = totalPoints(input);
    const member = input.selfRanking.member ?? (total !== undefined ? levelFromPoints(total) : undefined);
    const p = input.person;
    return {
      yyyy: input.year,
      isB: variant === "B",
      isC: variant === "C",
      subtitle: SUBTITLES[variant],
      hasCollective: variant !== "A",
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
      review: Object.fromEntries(REVIEW_KEYS.map((k) => [k, paras(input.review[k])])),
      scores: { general: outOf(input.scores?.general, 30), tasks: outOf(input.scores?.tasks, 70), total: outOf(total, 100) },
      officialChoices: choiceList(input.selfRanking.official),
      memberChoices: choiceList(member),
      signNote: SIGN_NOTE,
      manager: managerView(input, variant, version === "hd25-2023"),
      cell: cellView(input),
      committee: {
        choices: choiceList(input.committeeRanking.level),
        caption: input.committeeRanking.caption ?? "T/M ĐẢNG ỦY",
        name: input.committeeRanking.name ?? "",
        dateLine: signDateLine(input.committeeRanking.date),
      },
    };
  };
}
