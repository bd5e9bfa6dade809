// Bản kiểm điểm cá nhân: the fixed wording and section list of each form (02A, 2B, 2C) in both outputs.
import { describe, expect, it } from "vitest";
import { paragraphsOfStyle, textOf } from "../../backends/docx/docx-parts.js";
import { hasText, loadRecord, renderForm, squash, type FormFiles } from "./form-files.js";

const sections = (f: FormFiles): string[] => paragraphsOfStyle(f.documentXml, "section").map(textOf);
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

const COMMON_HEAD = ["ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN KIỂM ĐIỂM CÁ NHÂN", "Họ và tên:", "Ngày sinh:", "Chức vụ Đảng:", "Chức vụ chính quyền:", "Chức vụ đoàn thể:", "Đơn vị công tác:", "Chi bộ:"];

describe("form 02A (Hướng dẫn 25, 2024)", async () => {
  const f = await renderForm(loadRecord("inputs/self-review/kiem-diem-2024-mau-02a.yaml"));

  it("is chosen by the review year and prints the header, title and identity", () => {
    expect(f.version).toBe("hd25-2023");
    for (const t of [...COMMON_HEAD, "ĐẢNG BỘ XÃ TÂN PHONG", "CHI BỘ THCS TÂN PHONG", "Năm 2024", "Tân Phong, ngày 16 tháng 12 năm 2024"]) {
      expect(hasText(f, t), t).toBe(true);
    }
    expect(f.paras).toContain("*");
    expect(f.pdf).not.toContain(squash("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"));
  });

  it("numbers sections I–VI without the leaders' items and section, and closes with Hướng dẫn 25's blocks", () => {
    expect(sections(f)).toEqual([
      "I. Ưu điểm, kết quả đạt được",
      "1. Về phẩm chất chính trị; đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc",
      "2. Về thực hiện chức trách, nhiệm vụ được giao",
      "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
      "II. Hạn chế, khuyết điểm và nguyên nhân",
      "1. Hạn chế, khuyết điểm (theo 03 nội dung nêu trên)",
      "2. Nguyên nhân của hạn chế, khuyết điểm",
      "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
      "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)",
      "V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
      "VI. Tự nhận mức xếp loại chất lượng",
      "1. Xếp loại cán bộ, công chức, viên chức:",
      "2. Xếp loại đảng viên:",
      "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC",
      "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN",
    ]);
    for (const t of [
      "- Nhận xét, đánh giá của người quản lý, sử dụng công chức, viên chức:",
      "- Mức xếp loại chất lượng công chức, viên chức:",
      "- Nhận xét, đánh giá của chi ủy:",
      "- Chi bộ đề xuất xếp loại mức chất lượng:",
      "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:",
      "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)",
    ]) expect(f.paras, t).toContain(t);
    expect(f.pdf).not.toContain(squash("Điểm tự chấm"));
    expect(f.pdf).not.toContain(squash("Tổng điểm"));
  });

  it("ticks the chosen boxes and leaves the others empty (five lists of four)", () => {
    // official, member and chi ủy proposal are "good"; the manager's and đảng ủy lists are left blank.
    expect(f.paras.filter((p) => p === "☒ Hoàn thành tốt nhiệm vụ")).toHaveLength(3);
    expect(f.paras.filter((p) => p.startsWith("☒ "))).toHaveLength(3);
    expect(f.paras.filter((p) => p.startsWith("☐ "))).toHaveLength(17);
    expect(count(f.pdf, "☒")).toBe(3);
    expect(count(f.pdf, "☐")).toBe(17);
  });

  it("puts the T/M CHI ỦY signature under the chi bộ's proposal, before the đảng ủy's ranking", () => {
    const at = (t: string) => f.paras.indexOf(t);
    expect(at("- Chi bộ đề xuất xếp loại mức chất lượng:")).toBeLessThan(at("T/M CHI ỦY"));
    expect(at("T/M CHI ỦY")).toBeLessThan(at("- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:"));
    expect(at("- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:")).toBeLessThan(at("T/M ĐẢNG ỦY"));
  });

  it("has the signature and the three assessment blocks", () => {
    for (const t of ["NGƯỜI TỰ KIỂM ĐIỂM", "(Ký, ghi rõ họ tên)", "Lê Thị Thu Trang", "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "T/M CHI ỦY", "T/M ĐẢNG ỦY", "Ngày ...... tháng ...... năm 20......"]) {
      expect(hasText(f, t), t).toBe(true);
    }
  });
});

describe("form 2B (Hướng dẫn 43, 2025, leader, with points)", async () => {
  const f = await renderForm(loadRecord("inputs/self-review/kiem-diem-2025-mau-2b-lanh-dao.yaml"));

  it("prints Hướng dẫn 43's title, the leaders' subtitle, parts A/B, items 3–6 and section V, numbering to VI", () => {
    expect(f.version).toBe("hd43-2025");
    expect(hasText(f, "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN")).toBe(true);
    expect(hasText(f, "(Cá nhân giữ chức vụ lãnh đạo, quản lý)")).toBe(true);
    expect(hasText(f, "Năm 2025")).toBe(true);
    const s = sections(f);
    expect(s.slice(0, 8)).toEqual([
      "A. NỘI DUNG KIỂM ĐIỂM",
      "I. Ưu điểm, kết quả đạt được",
      "1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc.",
      "2. Về thực hiện chức trách, nhiệm vụ được giao.",
      "3. Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành, tổ chức thực hiện nhiệm vụ của cơ quan, đơn vị được giao quản lý, phụ trách.",
      "4. Về tinh thần trách nhiệm, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.",
      "5. Việc thực hiện trách nhiệm nêu gương.",
      "6. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.",
    ]);
    expect(s).toContain("1. Hạn chế, khuyết điểm.");
    expect(s).toContain("B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI");
    expect(s).toContain("II. Đề xuất xếp loại mức chất lượng");
    expect(s).toContain("V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)");
    expect(s).toContain("VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm");
    expect(s).toContain("Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ");
  });

  it("prints the points and ticks the level they give", () => {
    expect(f.paras).toEqual(expect.arrayContaining(["2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 64/70", "Tổng điểm: 92/100", "1. Nhóm tiêu chí chung: 28/30"]));
    expect(f.paras.filter((p) => p === "☒ Hoàn thành xuất sắc nhiệm vụ")).toHaveLength(2);
    expect(hasText(f, "T/M BAN THƯỜNG VỤ")).toBe(true);
  });

  it("prints the free text of the leaders' items as body paragraphs", () => {
    expect(hasText(f, "Trong năm, xã hoàn thành và vượt 14/15 chỉ tiêu kinh tế - xã hội")).toBe(true);
    expect(hasText(f, "Chỉ đạo hoàn thành giải phóng mặt bằng dự án đường liên xã Tân Phong - Tân Lập đúng tiến độ.")).toBe(true);
  });
});

describe("form 2C (Hướng dẫn 43, member outside the political system)", async () => {
  const record = loadRecord("inputs/self-review/kiem-diem-2025-mau-2c.yaml");
  const f = await renderForm(record);

  it("has the 2C subtitle, identity, items and section V, one ranking list as đảng viên, and no managing-body block", () => {
    const s = sections(f);
    expect(hasText(f, "(Đảng viên không làm việc trong hệ thống chính trị)")).toBe(true);
    expect(f.paras.filter((p) => /^(Họ và tên|Ngày sinh|Chức vụ|Đơn vị công tác|Chi bộ):/.test(p)).map((p) => p.split(":")[0])).toEqual(["Họ và tên", "Ngày sinh", "Đơn vị công tác", "Chi bộ"]);
    expect(s).toContain("2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp ủy, chi bộ phân công.");
    expect(s).toContain("V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)");
    expect(s).toContain("II. Đề xuất xếp loại mức chất lượng");
    expect(s).toContain("Xếp loại chất lượng đảng viên:");
    expect(s.some((x) => x.includes("cán bộ, công chức, viên chức"))).toBe(false);
    expect(s.some((x) => x.startsWith("Ý KIẾN NHẬN XÉT"))).toBe(false);
    expect(f.pdf).not.toContain(squash("Xếp loại chất lượng cán bộ"));
    expect(count(f.pdf, "☐") + count(f.pdf, "☒")).toBe(12);
    expect(f.paras).toContain("☒ Hoàn thành tốt nhiệm vụ");
  });

  it("ticks the level derived from the points when no self-ranking is given", async () => {
    const g = await renderForm({ ...record, points: 95, selfRanking: {} });
    expect(g.paras.filter((p) => p.startsWith("☒ "))).toEqual(["☒ Hoàn thành xuất sắc nhiệm vụ"]);
    const h = await renderForm({ ...record, points: 49.5, selfRanking: {} });
    expect(h.paras.filter((p) => p.startsWith("☒ "))).toEqual(["☒ Không hoàn thành nhiệm vụ"]);
    expect(hasText(h, "Tổng điểm: 49,5/100")).toBe(true);
  });
});

describe("a chi bộ without a chi ủy", async () => {
  const record = loadRecord("inputs/self-review/kiem-diem-2025-mau-2c.yaml");
  const f = await renderForm({ ...record, cellProposal: { ...(record.cellProposal as object), hasCommittee: false } });
  it("heads the proposal as the chi bộ's and signs it T/M CHI BỘ", () => {
    expect(f.paras).toContain("NHẬN XÉT, ĐỀ XUẤT XẾP LOẠI CỦA CHI BỘ");
    expect(f.paras).toContain("Chi bộ đề xuất xếp loại chất lượng đảng viên:");
    expect(f.paras).toContain("T/M CHI BỘ");
    expect(f.pdf).not.toContain(squash("CHI ỦY"));
  });
});

describe.each([
  "inputs/self-review/kiem-diem-2024-mau-02a.yaml",
  "inputs/self-review/kiem-diem-2025-mau-2b-lanh-dao.yaml",
  "inputs/self-review/kiem-diem-2025-mau-2c.yaml",
  "inputs/self-review/mau-2a-trong.yaml",
  "test/fixtures/stress/self-review-long.yaml",
])("%s", (file) => {
  it("signs the chi bộ's proposal (T/M CHI ỦY) under it, before the đảng ủy's part, in DOCX and PDF", async () => {
    const f = await renderForm(loadRecord(file));
    const cell = f.paras.indexOf("T/M CHI ỦY");
    const party = f.paras.findIndex((p) => p === "KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CỦA ĐẢNG ỦY" || p === "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:");
    expect(cell).toBeGreaterThan(f.paras.findIndex((p) => p.includes("đề xuất xếp loại")));
    expect(cell).toBeLessThan(party);
    expect(f.pdf.indexOf("T/MCHIỦY")).toBeLessThan(f.pdf.indexOf(squash(f.paras[party]!)));
  });
});
