// The summary rendered through the public API: landscape pages, Vietnamese order, totals, quota figure, warning and note.
import { describe, expect, it } from "vitest";
import { formatIssue, validateDocument } from "../../../src/index.js";
import { FIXED_NOW } from "../../helpers/samples.js";
import { allText, loadSample, pageText, render, rows } from "./helpers.js";

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/** The names of the list in the order printed: the cell after the STT number on each table row. */
async function printedNames(record: unknown): Promise<string[]> {
  const r = await render(record);
  return r.pdf.pages.flatMap((_, p) => {
    const all = rows(r.pdf, p);
    const head = all.find((row) => row.cells.some((c) => c.str === "Họ và tên"));
    if (!head) return [];
    const stt = head.cells.find((c) => c.str === "STT")!;
    return all
      .filter((row) => row.y > head.y && /^\d+$/.test(row.cells[0]!.str) && row.cells[0]!.x < stt.x + stt.width)
      .map((row) => row.cells[1]!.str);
  });
}

describe("assessment-summary: page and section", () => {
  it("prints every PDF page in A4 landscape", async () => {
    for (const key of ["state", "party"] as const) {
      const r = await render(loadSample(key));
      for (const page of r.pdf.pages) {
        expect(page.width).toBeCloseTo(A4_LANDSCAPE.width, 1);
        expect(page.height).toBeCloseTo(A4_LANDSCAPE.height, 1);
      }
    }
  });

  it("opens the DOCX in one landscape section (no empty portrait section before it)", async () => {
    const r = await render(loadSample("party"));
    const sections = [...r.docx.document.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toEqual(['<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>']);
  });
});

describe("assessment-summary: content", () => {
  it("prints the header, the title and the year, and the attached-to line", async () => {
    const text = pageText((await render(loadSample("state"))).pdf, 0);
    expect(text).toContain("ỦY BAN NHÂN DÂN TỈNH THANH HÓA SỞ NỘI VỤ");
    expect(text).toContain("Thanh Hóa, ngày 26 tháng 12 năm 2025");
    expect(text).toContain("DANH SÁCH TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG Năm 2025 (Kèm theo Báo cáo số 245/BC-SNV ngày 26/12/2025 của Sở Nội vụ)");
    expect(text).toContain("STT Họ và tên Chức vụ Tự xếp loại Cấp có thẩm quyền xếp loại Ghi chú");
  });

  it("lists people in Vietnamese name order, or in input order when asked", async () => {
    expect(await printedNames(loadSample("party"))).toEqual([
      "Cao Thị An", "Phan Thị Ánh", "Kiều Thị Âu", "Vương Đình Đạt", "Tô Văn Đức", "Đinh Văn Hòa", "Lê Văn Hoà", "Mai Thị Ô", "Lương Văn Ơn", "Hà Văn Ưng",
    ]);
    expect(await printedNames({ ...loadSample("party"), order: "input" })).toEqual([
      "Lương Văn Ơn", "Mai Thị Ô", "Hà Văn Ưng", "Cao Thị An", "Đinh Văn Hòa", "Lê Văn Hoà", "Phan Thị Ánh", "Tô Văn Đức", "Kiều Thị Âu", "Vương Đình Đạt",
    ]);
  });

  it("prints the totals per level with counts and percentages of all the people", async () => {
    const text = allText((await render(loadSample("state"))).pdf);
    expect(text).toContain("Tổng hợp kết quả xếp loại chất lượng (tổng số 12 người):");
    expect(text).toContain("Hoàn thành xuất sắc nhiệm vụ 2 16,7% 1 8,3%");
    expect(text).toContain("Hoàn thành tốt nhiệm vụ 9 75,0% 9 75,0%");
    expect(text).toContain("Hoàn thành nhiệm vụ 1 8,3% 2 16,7%");
    expect(text).toContain("Không hoàn thành nhiệm vụ 0 0,0% 0 0,0%");
  });
});

describe("assessment-summary: the 20% quota", () => {
  const QUOTA_WARNING =
    'Cảnh báo: Trường "Danh sách xếp loại": số người được cấp có thẩm quyền xếp loại "Hoàn thành xuất sắc nhiệm vụ" là 2, bằng 33,3% số người xếp loại ' +
    '"Hoàn thành tốt nhiệm vụ" (6 người), vượt tỷ lệ tối đa 20% (không quá 1 người). Kết quả xếp loại của từng người được giữ nguyên như dữ liệu đã nhập; ' +
    "hãy đề nghị cấp có thẩm quyền xem xét lại trước khi ký.";

  it("prints the figure within the quota, with no warning and no note", async () => {
    const r = await render(loadSample("state"));
    expect(r.issues).toEqual([]);
    const text = allText(r.pdf);
    expect(text).toContain("Số xếp loại Hoàn thành xuất sắc nhiệm vụ: 1 người, bằng 11,1% số xếp loại Hoàn thành tốt nhiệm vụ (9 người); tối đa 20% (không quá 1 người).");
    expect(text).not.toContain("Lưu ý");
  });

  it("warns on a breach with the exact Vietnamese message and renders anyway", async () => {
    const r = await render(loadSample("party"));
    expect(r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, severity: i.severity }))).toEqual([
      { code: "excellent_quota_exceeded", path: ["people"], params: { excellent: 2, good: 6, max: 1, limit: 20, percent: 33.3 }, severity: "warning" },
    ]);
    expect(formatIssue(r.issues[0]!)).toBe(QUOTA_WARNING);
  });

  it("prints the figure and a bold note on a breach, without changing any ranking", async () => {
    const r = await render(loadSample("party"));
    const text = allText(r.pdf);
    expect(text).toContain("Số xếp loại Hoàn thành xuất sắc nhiệm vụ: 2 người, bằng 33,3% số xếp loại Hoàn thành tốt nhiệm vụ (6 người); tối đa 20% (không quá 1 người).");
    const note =
      "Lưu ý: Số xếp loại Hoàn thành xuất sắc nhiệm vụ (2 người) vượt tỷ lệ tối đa 20% số xếp loại Hoàn thành tốt nhiệm vụ (không quá 1 người). " +
      "Kết quả xếp loại của từng người được giữ nguyên như trên; đề nghị cấp có thẩm quyền xem xét lại trước khi ký.";
    expect(text).toContain(note);
    const noteItems = r.pdf.pages.flatMap((p) => p.items).filter((i) => i.str.startsWith("Lưu") || i.str === "ý:" || i.str.startsWith("Lưu ý"));
    expect(noteItems.length).toBeGreaterThan(0);
    for (const it of noteItems) expect(it.fontName).toMatch(/-Bold$/);
    // Rankings as given: two excellent rows, six good, two done, as in the input.
    expect(text).toContain("Hoàn thành xuất sắc nhiệm vụ 3 30,0% 2 20,0%");
  });

  it("handles a list with nobody ranked good: any excellent ranking is over the quota", async () => {
    const record = loadSample("party") as { people: Array<Record<string, unknown>> };
    record.people = record.people.map((p, i) => ({ ...p, approvedLevel: i === 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành nhiệm vụ" }));
    const r = await render(record);
    expect(allText(r.pdf)).toContain(
      "Số xếp loại Hoàn thành xuất sắc nhiệm vụ: 1 người; không có người xếp loại Hoàn thành tốt nhiệm vụ; tối đa 20% số xếp loại Hoàn thành tốt nhiệm vụ (không quá 0 người).",
    );
    expect(r.issues.map((i) => formatIssue(i))).toEqual([
      'Cảnh báo: Trường "Danh sách xếp loại": số người được cấp có thẩm quyền xếp loại "Hoàn thành xuất sắc nhiệm vụ" là 1, trong khi số người xếp loại ' +
        '"Hoàn thành tốt nhiệm vụ" là 0, vượt tỷ lệ tối đa 20% (không quá 0 người). Kết quả xếp loại của từng người được giữ nguyên như dữ liệu đã nhập; ' +
        "hãy đề nghị cấp có thẩm quyền xem xét lại trước khi ký.",
    ]);
  });

  it("is a warning: validation passes and reports it", () => {
    const v = validateDocument(loadSample("party"), { now: FIXED_NOW });
    expect(v.ok).toBe(true);
    expect(v.issues.map((i) => i.code)).toEqual(["excellent_quota_exceeded"]);
  });
});

describe("assessment-summary: input errors", () => {
  it("refuses an unknown level with the allowed values", () => {
    const record = loadSample("state") as { people: Array<Record<string, unknown>> };
    record.people[3]!.approvedLevel = "Xuất sắc";
    const v = validateDocument(record, { now: FIXED_NOW });
    expect(v.ok).toBe(false);
    expect(v.issues[0]).toMatchObject({ code: "invalid_value", path: ["people", 3, "approvedLevel"], params: { value: "Xuất sắc", count: 4 } });
    expect(formatIssue(v.issues[0]!)).toBe(
      'Lỗi: Trường "Cấp có thẩm quyền xếp loại" (Danh sách xếp loại, người thứ 4): giá trị "Xuất sắc" không hợp lệ. ' +
        "Hãy ghi một trong các giá trị: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.",
    );
  });

  it("requires the profile: a state unit or a Party unit", () => {
    const { profile: _drop, ...record } = loadSample("state");
    const v = validateDocument(record, { now: FIXED_NOW });
    expect(v.issues.map((i) => formatIssue(i))).toEqual(['Lỗi: Trường "Thể thức": chưa có giá trị. Hãy ghi một trong các giá trị: "Thể thức Nhà nước", "Thể thức Đảng".']);
  });
});
