// The fixed wording of each form variant (Mẫu 01/02/03, the Nghị định 335 points sheet) in the PDF and the DOCX.
import { describe, expect, it } from "vitest";
import { render, sample } from "./helpers.js";

const ITEMS_1_TO_6 = [
  "1. Chính trị tư tưởng:",
  "2. Đạo đức, lối sống:",
  "3. Tác phong, lề lối làm việc:",
  "4. Ý thức tổ chức kỷ luật:",
  "5. Kết quả thực hiện chức trách, nhiệm vụ được giao (xác định rõ nội dung công việc thực hiện; tỷ lệ hoàn thành, chất lượng, tiến độ công việc):",
  "6. Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc của người dân và doanh nghiệp):",
];
const LEADER_ITEMS = [
  "7. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao quản lý, phụ trách:",
  "8. Năng lực lãnh đạo, quản lý:",
  "9. Năng lực tập hợp, đoàn kết:",
];
const LEVELS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"];

/** Each text appears as one DOCX paragraph and, wrapped or not, in the PDF text. */
function expectTexts(r: { paragraphs: string[]; pdf: string }, texts: string[]) {
  for (const t of texts) {
    expect(r.paragraphs, t).toContain(t);
    expect(r.pdf, t).toContain(t);
  }
}

describe("Mẫu 02 (công chức, lãnh đạo, cấp phó), 2025", async () => {
  const r = await render(sample("mau02Leader"));
  it("has the nd30 header without a number, the title, the year and the identity fields", () => {
    // Left: parent body (wrapping) and unit; right: Quốc hiệu and Tiêu ngữ; then the date line, no number.
    expect(r.pdfLines.slice(0, 4)).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "THANH HÓA Độc lập - Tự do - Hạnh phúc",
      "SỞ NỘI VỤ",
      "Thanh Hóa, ngày 15 tháng 12 năm 2025",
    ]);
    expect(r.pdf).not.toMatch(/Số:/);
    expectTexts(r, [
      "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC",
      "Năm 2025",
      "Họ và tên: Lê Thị Phương Thảo",
      "Chức vụ, chức danh: Phó Chánh Văn phòng",
      "Cơ quan, tổ chức, đơn vị công tác: Văn phòng Sở Nội vụ tỉnh Thanh Hóa",
    ]);
  });
  it("prints sections I–IV with the leader part and the part for deputies", () => {
    expectTexts(r, [
      "I. KẾT QUẢ TỰ ĐÁNH GIÁ",
      ...ITEMS_1_TO_6,
      "PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ",
      ...LEADER_ITEMS,
      "II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG",
      "1. Tự nhận xét ưu, khuyết điểm:",
      "2. Tự xếp loại chất lượng:",
      "NGƯỜI TỰ NHẬN XÉT",
      "(Ký, ghi rõ họ tên)",
      "Thanh Hóa, ngày 15 tháng 12 năm 2025",
      "III. Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ ĐỐI VỚI CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU",
      "NGƯỜI NHẬN XÉT",
      "IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC (Phần dành cho cấp có thẩm quyền đánh giá)",
      "2. Kết quả đánh giá, xếp loại chất lượng:",
      "NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ",
    ]);
  });
  it("prints the person's texts in order, each after its item", () => {
    const at = (t: string) => r.paragraphs.findIndex((p) => p.startsWith(t));
    expect(at("1. Chính trị tư tưởng:")).toBeLessThan(at("Chấp hành nghiêm chủ trương"));
    expect(at("Chấp hành nghiêm chủ trương")).toBeLessThan(at("2. Đạo đức, lối sống:"));
    expect(at("9. Năng lực tập hợp, đoàn kết:")).toBeLessThan(at("Xây dựng tập thể đoàn kết"));
    expect(r.paragraphs).toContain("Chỉ đạo công tác văn thư, lưu trữ, chuyển đổi số trong xử lý văn bản; tỷ lệ văn bản điện tử đạt 98%.");
  });
  it("ticks the self-ranking box only; the authority's boxes stay empty", () => {
    const boxes = r.paragraphs.filter((p) => /^[☒☐] /.test(p));
    expect(boxes).toEqual([
      "☐ Hoàn thành xuất sắc nhiệm vụ",
      "☒ Hoàn thành tốt nhiệm vụ",
      "☐ Hoàn thành nhiệm vụ",
      "☐ Không hoàn thành nhiệm vụ",
      ...LEVELS.map((l) => `☐ ${l}`),
    ]);
    expect(r.pdfLines).toContain("☒ Hoàn thành tốt nhiệm vụ");
    expect(r.pdfLines.filter((l) => l.startsWith("☒"))).toHaveLength(1);
  });
});

describe("Mẫu 03 (viên chức) and Mẫu 01 (cán bộ)", async () => {
  const vc = await render(sample("mau03"));
  const vcLeader = await render(sample("mau03", { isLeader: true }));
  const cb = await render(sample("mau01"));
  it("Mẫu 03 without a post has items 1–6, no leader part and the authority's part as III", () => {
    expectTexts(vc, ["PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC", "Năm 2025", ...ITEMS_1_TO_6, "III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC (Phần dành cho cấp có thẩm quyền đánh giá)"]);
    expect(vc.pdf).not.toContain("PHẦN DÀNH RIÊNG");
    expect(vc.pdf).not.toContain("7. Kết quả hoạt động");
    expect(vc.pdf).not.toContain("IV.");
    // Without its own workplace, the person's workplace is the unit of the header.
    expect(vc.paragraphs).toContain("Cơ quan, tổ chức, đơn vị công tác: Trường Trung học phổ thông Hoa Lư A");
  });
  it("Mẫu 03 for a manager heads items 7–9 with the viên chức quản lý part", () => {
    expectTexts(vcLeader, ["PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ", ...LEADER_ITEMS]);
  });
  it("Mẫu 01 has the cán bộ title and leader part, and no part for deputies", () => {
    expectTexts(cb, [
      "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ",
      "Năm 2024",
      ...ITEMS_1_TO_6,
      "PHẦN DÀNH RIÊNG CHO CÁN BỘ LÃNH ĐẠO, QUẢN LÝ",
      ...LEADER_ITEMS,
      "III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ (Phần dành cho cấp có thẩm quyền đánh giá)",
    ]);
    expect(cb.pdf).not.toContain("CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU");
    expect(cb.pdfLines).toContain("☒ Hoàn thành xuất sắc nhiệm vụ");
  });
});

describe("Nghị định 335 points sheet (công chức, 2026)", async () => {
  const r = await render(sample("nd335"));
  it("prints the points table with group rows, maxima, given points and totals", () => {
    expectTexts(r, ["PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC", "Năm 2026", "(Theo Nghị định số 335/2025/NĐ-CP của Chính phủ)", "I. KẾT QUẢ TỰ CHẤM ĐIỂM"]);
    const row = (...cells: string[]) => expect(r.pdfLines.some((l) => l === cells.join(" ")), cells.join(" | ")).toBe(true);
    row("STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm");
    row("I", "Tiêu chí chung", "30", "27");
    row("3", "Năng lực đổi mới sáng tạo, dám nghĩ, dám làm", "10", "8,5");
    row("II", "Kết quả thực hiện nhiệm vụ", "70", "62,5");
    row("3", "Cập nhật cơ sở dữ liệu cán bộ, công chức của tỉnh", "15", "13,5");
    row("Tổng cộng (I + II)", "100", "89,5");
    expect(r.xml).toContain("Phẩm chất chính trị, đạo đức, văn hóa thực thi công vụ, ý thức kỷ luật");
    expect(r.xml).toContain("Tinh thần trách nhiệm, thái độ phục vụ nhân dân, doanh nghiệp");
  });
  it("derives the level from the points, lists the forced conditions and has no criteria in words", () => {
    expectTexts(r, ["3. Tự xếp loại chất lượng (tổng số điểm tự chấm: 89,5 điểm):", "☒ Hoàn thành tốt nhiệm vụ (từ 70 điểm đến dưới 90 điểm)", "☐ Hoàn thành xuất sắc nhiệm vụ (từ 90 điểm trở lên)"]);
    expect(r.paragraphs.some((p) => p.startsWith("☐ Có hành vi vi phạm liên quan đến hoạt động công vụ bị kỷ luật bằng hình thức từ khiển trách trở lên"))).toBe(true);
    // The unit's corruption is a condition for leaders only; this chuyên viên has no such box.
    expect(r.pdf).not.toContain("tham ô, tham nhũng");
    expect(r.pdf).not.toContain("I. KẾT QUẢ TỰ ĐÁNH GIÁ");
    expectTexts(r, ["III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC (Phần dành cho cấp có thẩm quyền đánh giá)", "NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ"]);
  });
});

describe("inputs the chosen form has no place for", () => {
  it("a deputy flag on Mẫu 01 is warned about and prints no part for deputies", async () => {
    const r = await render(sample("mau01", { isDeputyHead: true }));
    expect(r.issues.map((i) => `${i.code} ${i.path.join(".")} ${i.severity}`)).toEqual(["assessment_not_applicable isDeputyHead warning"]);
    expect(r.pdf).not.toContain("CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU");
  });
});
