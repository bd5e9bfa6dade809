// A blank self-review (identity only) prints dotted writing lines for every section, in DOCX and PDF.
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../../helpers/pdf-text.js";
import { docxParagraphs, hasText, loadRecord, renderForm } from "./form-files.js";

/** Paragraphs of document.xml that end in a dot-leader tab (a line to write on). */
const dottedParagraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => p.includes('w:leader="dot"') && p.includes("<w:tab/>"));

/** Text items ending in a long run of dots: a writing line, or a field label followed by its leader. */
async function pdfDotRuns(pdf: Uint8Array): Promise<number> {
  const t = await extractPdfText(pdf);
  return t.pages.flatMap((p) => p.items).filter((i) => /\.{20,}$/.test(i.str.trim())).length;
}

describe("blank form 2A", async () => {
  const f = await renderForm(loadRecord("inputs/self-review/mau-2a-trong.yaml"));
  // 8 free-text items × 3 lines, the empty Chức vụ đoàn thể field, 4 lines for the managing body and 3
  // for the chi ủy; the scoring lines print `……/30`, `……/70`, `……/100` to fill in.
  const EXPECTED_LINES = 8 * 3 + 1 + 4 + 3;

  it("prints a dot leader for every empty field and writing line in the DOCX", () => {
    const dotted = dottedParagraphs(f.documentXml);
    expect(dotted).toHaveLength(EXPECTED_LINES);
    const texts = dotted.flatMap(docxParagraphs);
    expect(texts).toContain("Chức vụ đoàn thể: ");
    expect(f.paras).toEqual(expect.arrayContaining(["1. Nhóm tiêu chí chung: ……/30", "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: ……/70", "Tổng điểm: ……/100"]));
  });

  it("draws the same dotted lines in the PDF", async () => {
    expect(await pdfDotRuns(f.pdfBytes)).toBe(EXPECTED_LINES);
  });

  it("keeps the identity, leaves the date and every box for the hand", () => {
    expect(hasText(f, "Họ và tên: Đỗ Minh Khoa")).toBe(true);
    expect(hasText(f, "Tân Phong, ngày ...... tháng ...... năm 20......")).toBe(true);
    expect(f.paras.filter((p) => p.startsWith("☐ "))).toHaveLength(16);
    expect(f.paras.some((p) => p.startsWith("☒"))).toBe(false);
  });

  it("a filled form keeps dotted lines only where nothing was written", async () => {
    const filled = await renderForm(loadRecord("inputs/self-review/kiem-diem-2025-mau-2b-lanh-dao.yaml"));
    // Only the managing body's (4) and the chi ủy's (3) comment lines stay empty.
    expect(dottedParagraphs(filled.documentXml)).toHaveLength(7);
    expect(await pdfDotRuns(filled.pdfBytes)).toBe(7);
  });
});
