// Nghị định 335 scoring: points → level at the boundaries, forced levels, and the errors a clerk sees.
import { describe, expect, it } from "vitest";
import { build, messages, render, sample, scored, ticked } from "./helpers.js";

const SELF_BOXES = 1; // choice lists in order: forced conditions, self-ranking, authority's ranking
/** The ticked options without the point range the points sheet prints after each level. */
const levels = (list: Array<string | undefined>) => list.map((t) => t?.replace(/ \((từ|dưới) [^)]*\)$/, ""));

describe("points → level (≥ 90, 70 to < 90, 50 to < 70, < 50)", () => {
  const cases: Array<[number, string]> = [
    [49.5, "Không hoàn thành nhiệm vụ"],
    [50, "Hoàn thành nhiệm vụ"],
    [69.5, "Hoàn thành nhiệm vụ"],
    [70, "Hoàn thành tốt nhiệm vụ"],
    [89.5, "Hoàn thành tốt nhiệm vụ"],
    [90, "Hoàn thành xuất sắc nhiệm vụ"],
  ];
  it.each(cases)("%s points tick %s", async (total, level) => {
    const r = await build(scored(total));
    if (!r.ok) throw new Error(messages(r.issues).join("\n"));
    expect(r.issues).toEqual([]);
    expect(levels(ticked(r.value.model))[SELF_BOXES]).toBe(level);
    // The self-ranking may name the same level without complaint…
    expect((await build(scored(total, { selfRanking: level }))).ok).toBe(true);
  });
  it("sums decimals exactly (0.1 + 0.2 style) and prints the total with a decimal comma", async () => {
    const rec = sample("nd335", {
      selfRanking: null,
      points: { general: { politicsEthics: 9.9, responsibility: 9.9, innovation: 9.9 }, tasks: [{ content: "A", max: 35, given: 30.1 }, { content: "B", max: 35, given: 30.2 }] },
    });
    const r = await render(rec);
    expect(r.pdf).toContain("3. Tự xếp loại chất lượng (tổng số điểm tự chấm: 90 điểm):");
    expect(r.pdfLines).toContain("I Tiêu chí chung 30 29,7");
    expect(r.pdfLines).toContain("☒ Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm trở lên)");
  });
});

describe("forced `Không hoàn thành nhiệm vụ`", () => {
  it("a disciplinary measure overrides 95 points: warning, ticked condition and level, a note", async () => {
    const r = await render(scored(95, { conditions: { disciplined: true } }));
    expect(r.issues.map((i) => [i.code, i.path.join("."), i.severity])).toEqual([["assessment_ranking_forced", "conditions.disciplined", "warning"]]);
    expect(messages(r.issues)[0]).toBe(
      'Cảnh báo: Trường "Bị kỷ luật từ khiển trách trở lên trong năm": người được đánh giá bị kỷ luật bằng hình thức từ khiển trách trở lên trong năm đánh giá, ' +
        'nên mức xếp loại là "Không hoàn thành nhiệm vụ" dù tổng số điểm tự chấm là 95 điểm; phiếu in mức này. Nếu đánh dấu nhầm, hãy bỏ đánh dấu trường này.',
    );
    expect(levels(ticked(r.model))).toEqual(["Có hành vi vi phạm liên quan đến hoạt động công vụ bị kỷ luật bằng hình thức từ khiển trách trở lên trong năm đánh giá.", "Không hoàn thành nhiệm vụ", undefined]);
    expect(r.paragraphs).toContain("☒ Không hoàn thành nhiệm vụ (dưới 50 điểm)");
    expect(r.paragraphs).toContain("Ghi chú: xếp loại “Không hoàn thành nhiệm vụ” do thuộc trường hợp tại mục 2, không phụ thuộc tổng số điểm tự chấm (95 điểm).");
  });
  it("the unit's corruption forces the level for a leader, and is refused for a non-leader", async () => {
    const leader = await build(scored(92, { isLeader: true, conditions: { unitCorruption: true } }));
    expect(leader.ok && levels(ticked(leader.value.model))).toEqual([
      "Cơ quan, tổ chức, đơn vị thuộc thẩm quyền phụ trách, quản lý trực tiếp liên quan đến tham ô, tham nhũng, lãng phí và bị xử lý theo quy định của pháp luật.",
      "Không hoàn thành nhiệm vụ",
      undefined,
    ]);
    const staff = await build(scored(92, { conditions: { unitCorruption: true } }));
    expect(staff.ok).toBe(false);
    expect(staff.issues.map((i) => `${i.code} ${i.path.join(".")} ${i.severity}`)).toEqual(["assessment_not_applicable conditions.unitCorruption error"]);
  });
  it("applies to the Nghị định 90 forms too: the box shows it, a contrary self-ranking is an error", async () => {
    const shown = await build(sample("mau03", { selfRanking: null, conditions: { degradation: true } }));
    expect(shown.ok && ticked(shown.value.model)).toEqual(["Không hoàn thành nhiệm vụ", undefined]);
    const contrary = await build(sample("mau03", { conditions: { degradation: true } }));
    expect(contrary.ok).toBe(false);
    expect(messages(contrary.issues)).toContain(
      'Lỗi: Trường "Tự xếp loại chất lượng": mức tự xếp loại "Hoàn thành tốt nhiệm vụ" không đúng: người được đánh giá thuộc trường hợp phải xếp loại "Không hoàn thành nhiệm vụ" (xem cảnh báo kèm theo). ' +
        'Hãy sửa mức tự xếp loại thành "Không hoàn thành nhiệm vụ", hoặc bỏ đánh dấu trường hợp đó nếu đã đánh dấu nhầm.',
    );
  });
});

describe("errors in the points", () => {
  it("a self-ranking that contradicts the points names both levels and the points", async () => {
    const r = await build(scored(89.5, { selfRanking: "Hoàn thành xuất sắc nhiệm vụ" }));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["assessment_ranking_mismatch"]);
    expect(messages(r.issues)).toEqual([
      'Lỗi: Trường "Tự xếp loại chất lượng": mức tự xếp loại "Hoàn thành xuất sắc nhiệm vụ" không khớp với tổng số điểm tự chấm 89,5 điểm, ' +
        'tương ứng mức "Hoàn thành tốt nhiệm vụ" theo Nghị định 335/2025/NĐ-CP. Hãy sửa mức tự xếp loại thành "Hoàn thành tốt nhiệm vụ" hoặc kiểm tra lại số điểm.',
    ]);
  });
  it("points over the maximum and task maxima not adding up to 70 are errors with paths", async () => {
    const r = await build(
      sample("nd335", {
        points: { general: { politicsEthics: 10.5, responsibility: 9, innovation: 9 }, tasks: [{ content: "A", max: 30, given: 31 }, { content: "B", max: 30, given: 20 }] },
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual([
      "assessment_points_over_max points.general.politicsEthics",
      "assessment_points_over_max points.tasks.0.given",
      "assessment_points_max_total points.tasks",
    ]);
    expect(messages(r.issues)).toEqual([
      'Lỗi: Trường "Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật": số điểm 10,5 vượt số điểm tối đa 10 của tiêu chí này. Hãy chấm từ 0 đến 10 điểm.',
      'Lỗi: Trường "Điểm tự chấm" (Kết quả thực hiện nhiệm vụ, nhiệm vụ thứ 1): số điểm 31 vượt số điểm tối đa 30 của tiêu chí này. Hãy chấm từ 0 đến 30 điểm.',
      'Lỗi: Trường "Kết quả thực hiện nhiệm vụ": tổng điểm tối đa của các nhiệm vụ là 60 điểm, trong khi phần kết quả thực hiện nhiệm vụ có tối đa 70 điểm theo Nghị định 335/2025/NĐ-CP. ' +
        "Hãy phân bổ lại điểm tối đa của từng nhiệm vụ cho tổng đúng bằng 70 điểm.",
    ]);
  });
  it("negative points are refused by the schema", async () => {
    const r = await build(scored(80, { points: { general: { politicsEthics: -1, responsibility: 10, innovation: 10 }, tasks: [{ content: "A", max: 70, given: 50 }] } }));
    expect(r.issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual(["too_small points.general.politicsEthics"]);
  });
  it("points on a Nghị định 90 sheet are not printed and warned about", async () => {
    const r = await render(sample("mau03", { points: { general: { politicsEthics: 9, responsibility: 9, innovation: 9 }, tasks: [{ content: "A", max: 70, given: 60 }] } }));
    expect(r.issues.map((i) => `${i.code} ${i.path.join(".")} ${i.severity}`)).toEqual(["assessment_not_applicable points warning"]);
    expect(r.pdf).not.toContain("Điểm tối đa");
  });
});
