// Bản đăng ký nêu gương / Bản cam kết: titles, bases, tables, default commitments, approval block, item limits.
import { describe, expect, it } from "vitest";
import { paragraphsOfStyle, textOf } from "../../backends/docx/docx-parts.js";
import { docxParagraphs, hasText, loadRecord, messagesFor, renderForm, squash } from "../self-review/form-files.js";

/** Raw XML of each table, then its cell paragraphs as text. */
const tableXml = (xml: string): string[] => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const cells = (tbl: string): string[] => docxParagraphs(tbl);

const LEADER = "inputs/commitment-registration/dang-ky-neu-guong-2026.yaml";
const MEMBER = "inputs/commitment-registration/cam-ket-dang-vien-2026.yaml";

const BASES = [
  "- Căn cứ Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương;",
  "- Căn cứ Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;",
  "- Căn cứ Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW;",
];

describe("a leader's nêu gương registration", async () => {
  const f = await renderForm(loadRecord(LEADER));

  it("prints the party header, the title and the identity", () => {
    for (const t of ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ TÂN PHONG", "Tân Phong, ngày 15 tháng 01 năm 2026", "BẢN ĐĂNG KÝ NÊU GƯƠNG NĂM 2026", "Họ và tên: Phạm Quốc Hưng", "Ngày sinh: 03/11/1978", "Chức vụ Đảng: Phó Bí thư Đảng ủy xã", "Chức vụ chính quyền, chuyên môn: Chủ tịch Ủy ban nhân dân xã Tân Phong", "Đơn vị công tác: Ủy ban nhân dân xã Tân Phong", "Chi bộ: Chi bộ Cơ quan Ủy ban nhân dân xã"]) {
      expect(hasText(f, t), t).toBe(true);
    }
    expect(f.version).toBe("qd08-2018");
  });

  it("prints the bases party-style, the local plan last with a comma", () => {
    const bases = paragraphsOfStyle(f.documentXml, "basis").map(textOf);
    expect(bases).toEqual([...BASES, "- Căn cứ Kế hoạch số 12-KH/ĐU, ngày 05/01/2026 của Ban Thường vụ Đảng ủy xã Tân Phong về việc đăng ký nêu gương năm 2026,"]);
  });

  it("has sections I–III and the two tables with the items", () => {
    const s = paragraphsOfStyle(f.documentXml, "section").map(textOf);
    expect(s).toEqual(["I. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA", "II. VIỆC ĐĂNG KÝ ĐỘT PHÁ, SÁNG TẠO", "III. CAM KẾT", "Ý KIẾN CỦA CẤP ỦY CÓ THẨM QUYỀN"]);
    const [shortcomings, breakthroughs] = tableXml(f.documentXml).filter((t) => cells(t).includes("STT")).map(cells);
    expect(shortcomings!.slice(0, 4)).toEqual(["STT", "Hạn chế, khuyết điểm đã được chỉ ra", "Biện pháp khắc phục", "Thời hạn hoàn thành"]);
    expect(shortcomings).toContain("Chỉ đạo thu hồi nợ đọng thuế sử dụng đất có lúc chưa quyết liệt");
    expect(shortcomings).toContain("Quý III/2026");
    for (const h of ["Nội dung đăng ký", "Sản phẩm dự kiến", "Thời hạn hoàn thành", "Tiêu chí đánh giá kết quả"]) expect(breakthroughs, h).toContain(h);
    expect(breakthroughs).toContain("Số hóa toàn bộ hồ sơ địa chính của xã, kết nối cơ sở dữ liệu đất đai của tỉnh");
    expect(breakthroughs).toContain("31/10/2026");
    expect(f.pdf).toContain(squash("100% thửa đất có hồ sơ số"));
  });

  it("prints the default commitments and the leader's signature and approval", () => {
    for (const t of [
      "1. Về tư tưởng chính trị: Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân;",
      "2. Về đạo đức, lối sống: Giữ gìn phẩm chất đạo đức, lối sống trong sáng, giản dị;",
      "3. Về ý thức tổ chức kỷ luật: Chấp hành nghiêm nguyên tắc tập trung dân chủ",
      "4. Về trách nhiệm nêu gương: Gương mẫu trong công tác, sinh hoạt và ở nơi cư trú",
      "NGƯỜI ĐĂNG KÝ",
      "T/M BAN THƯỜNG VỤ",
    ]) {
      expect(hasText(f, t), t).toBe(true);
    }
    expect(f.paras).not.toContain("T/M CHI ỦY");
  });
});

describe("a member's cam kết", async () => {
  const f = await renderForm(loadRecord(MEMBER));

  it("prints the cam kết title, the year line, the member's own commitment and T/M CHI ỦY", () => {
    expect(hasText(f, "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU")).toBe(true);
    expect(f.paras).toContain("NĂM 2026");
    expect(f.paras).toContain("II. VIỆC ĐĂNG KÝ ĐỘT PHÁ, SÁNG TẠO (nếu có)");
    expect(hasText(f, "4. Về trách nhiệm nêu gương: Gương mẫu trong giảng dạy và công tác chủ nhiệm")).toBe(true);
    expect(hasText(f, "NGƯỜI CAM KẾT")).toBe(true);
    expect(hasText(f, "T/M CHI ỦY")).toBe(true);
    expect(f.paras).not.toContain("T/M BAN THƯỜNG VỤ");
    expect(f.pdf).not.toContain(squash("BẢN ĐĂNG KÝ NÊU GƯƠNG"));
  });

  it("names the approving body from the input when given", async () => {
    const g = await renderForm({ ...loadRecord(MEMBER), approval: { by: "standingCommittee", name: "Hoàng Văn Tâm" } });
    expect(hasText(g, "T/M BAN THƯỜNG VỤ")).toBe(true);
    expect(hasText(g, "Hoàng Văn Tâm")).toBe(true);
  });
});

describe("breakthrough items", () => {
  const item = { content: "Nội dung", product: "Sản phẩm", deadline: "Quý IV/2026", measure: "Tiêu chí" };

  it("refuses more than two, with the exact message", () => {
    expect(messagesFor({ ...loadRecord(LEADER), breakthroughs: [item, item, item] })).toEqual([
      'Lỗi: Trường "Việc đăng ký đột phá, sáng tạo": đã đăng ký 3 việc đột phá, sáng tạo, nhiều hơn mức tối đa 2 việc. ' +
        "Hãy chọn lại những việc quan trọng nhất (từ 1 đến 2 việc).",
    ]);
    expect(messagesFor({ ...loadRecord(MEMBER), breakthroughs: [item, item, item] })).toHaveLength(1);
  });

  it("refuses none in a leader's registration, with the exact message", () => {
    expect(messagesFor({ ...loadRecord(LEADER), breakthroughs: [] })).toEqual([
      'Lỗi: Trường "Việc đăng ký đột phá, sáng tạo": bản đăng ký nêu gương của cán bộ lãnh đạo, quản lý phải có ít nhất 1 việc đột phá, sáng tạo (tối đa 2 việc). ' +
        "Hãy bổ sung việc đăng ký.",
    ]);
  });

  it("accepts none in a member's cam kết, one or two in a leader's", async () => {
    expect(messagesFor(loadRecord(MEMBER))).toEqual([]);
    expect(messagesFor({ ...loadRecord(LEADER), breakthroughs: [item] })).toEqual([]);
    const g = await renderForm(loadRecord(MEMBER));
    // An empty table keeps its header and two blank rows to fill in by hand.
    const table = tableXml(g.documentXml).find((t) => cells(t).includes("Sản phẩm dự kiến"))!;
    expect(table.match(/<w:tr[ >]/g)).toHaveLength(3);
  });
});
