// Blank forms: where no text is given, dotted leaders (DOCX: dot-leader tabs; PDF: dots) to write by hand.
import { describe, expect, it } from "vitest";
import { render, sample, ticked } from "./helpers.js";

/** Raw XML of each paragraph of word/document.xml. */
const rawParagraphs = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => m[0]);
const isWritingLine = (p: string) => /<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/.test(p) && /<w:r>.*<w:tab\/>.*<\/w:r>/s.test(p);
const DOTS = /^\.{60,}$/;

/** The lines right after the first line equal to `label`. */
const after = (lines: string[], label: string, n: number) => {
  const i = lines.indexOf(label);
  expect(i, label).toBeGreaterThanOrEqual(0);
  return lines.slice(i + 1, i + 1 + n);
};

describe("blank Mẫu 02 for a leader (identity only)", async () => {
  const r = await render(sample("blank"));
  const raw = rawParagraphs(r.xml);
  const rawAfter = (label: string, n: number) => {
    const i = r.paragraphs.indexOf(label);
    expect(i, label).toBeGreaterThanOrEqual(0);
    return raw.slice(i + 1, i + 1 + n);
  };
  it("prints the identity and dotted writing lines under every item in the DOCX", () => {
    expect(r.paragraphs).toContain("Họ và tên: Vũ Thị Ngọc Lan");
    for (const [label, n] of [["1. Chính trị tư tưởng:", 3], ["4. Ý thức tổ chức kỷ luật:", 3], ["9. Năng lực tập hợp, đoàn kết:", 3], ["1. Tự nhận xét ưu, khuyết điểm:", 4]] as const) {
      const lines = rawAfter(label, n);
      expect(lines.every(isWritingLine), label).toBe(true);
    }
    expect(raw.filter(isWritingLine).length).toBe(3 * 8 + 4 + 4 + 4);
  });
  it("prints the same lines as dots in the PDF", () => {
    expect(after(r.pdfLines, "1. Chính trị tư tưởng:", 3).every((l) => DOTS.test(l))).toBe(true);
    expect(after(r.pdfLines, "8. Năng lực lãnh đạo, quản lý:", 3).every((l) => DOTS.test(l))).toBe(true);
    expect(after(r.pdfLines, "1. Nhận xét ưu, khuyết điểm:", 4).every((l) => DOTS.test(l))).toBe(true);
    expect(r.pdfLines.filter((l) => DOTS.test(l))).toHaveLength(3 * 8 + 4 + 4 + 4);
  });
  it("leaves every box empty and the dates to be written", () => {
    expect(ticked(r.model)).toEqual([undefined, undefined]);
    expect(r.pdfLines.filter((l) => l === "Thanh Hóa, ngày ...... tháng ...... năm 20......").length).toBe(2); // the two signatures; no date line under the national heading
  });
});

describe("a form with no identity either", async () => {
  const r = await render(sample("blank", { person: {}, isLeader: false }));
  it("prints each identity label with a dot leader to the right margin", () => {
    const raw = rawParagraphs(r.xml);
    for (const label of ["Họ và tên:", "Chức vụ, chức danh:"]) {
      const i = r.paragraphs.findIndex((p) => p.startsWith(label));
      expect(r.paragraphs[i]?.trim(), label).toBe(label);
      expect(raw[i], label).toMatch(/w:leader="dot"/);
      expect(r.pdfLines.some((l) => new RegExp(`^${label} \\.{40,}$`).test(l)), label).toBe(true);
    }
    // The workplace falls back to the unit of the header.
    expect(r.paragraphs).toContain("Cơ quan, tổ chức, đơn vị công tác: Sở Nội vụ");
  });
});

describe("a blank Nghị định 335 sheet", async () => {
  const r = await render(sample("nd335", { points: undefined, selfRanking: null, selfComment: {}, date: null }));
  it("prints the criteria with their maxima and empty cells, and an empty total", () => {
    expect(r.pdfLines).toContain("I Tiêu chí chung 30");
    expect(r.pdfLines).toContain("II Kết quả thực hiện nhiệm vụ 70");
    expect(r.pdfLines).toContain("Tổng cộng (I + II) 100");
    expect(r.pdf).toContain("3. Tự xếp loại chất lượng (tổng số điểm tự chấm: ........ điểm):");
    expect(ticked(r.model)).toEqual([undefined, undefined, undefined]);
  });
});
