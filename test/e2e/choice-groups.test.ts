// A choice list and its question are one unsplittable row in the DOCX (in the signature grid when they keep
// with it), so LibreOffice and Word move them whole, as the PDF layout does.
import { describe, expect, it } from "vitest";
import { find, renderSample } from "./helpers.js";

/** The body table (as XML text) that holds `text`. */
const tableWith = (xml: string, text: string): string => {
  const t = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((x) => x.includes(text));
  if (!t) throw new Error(`no table holds “${text}”`);
  return t;
};
const rows = (tbl: string): string[] => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const paras = (xml: string): string[] => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);

describe("choice lists as rows (HD 25 blank review, the chi bộ's proposal)", () => {
  it("the question and its options are the signature grid's first row: spanning, unsplittable, kept with the signers' row", async () => {
    const r = await renderSample("blankReview");
    const tbl = tableWith(r.parts.document, "Chi bộ đề xuất xếp loại chất lượng đảng viên:");
    expect(tbl).toContain("T/M CHI ỦY");
    const [first, signers] = rows(tbl);
    expect(first).toContain("<w:cantSplit/>");
    expect(first).toMatch(/<w:gridSpan w:val="2"\/>/);
    const inRow = paras(first!);
    expect(inRow.map((p) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(p)?.[1])).toEqual(["Chi bộ đề xuất xếp loại chất lượng đảng viên:", "☐", "☐", "☐", "☐"]);
    for (const p of inRow) expect(p).toContain("<w:keepNext/>");
    expect(signers).toContain("T/M CHI ỦY");
  });

  it("the PDF keeps the question, its four boxes and the T/M CHI ỦY signature on one page", async () => {
    const { items } = await renderSample("blankReview");
    const question = find(items, "Chi bộ đề xuất xếp loại chất lượng đảng viên:");
    const boxes = items.filter((i) => i.page === question.page && i.y > question.y && /^☐/.test(i.str));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    expect(find(items, "T/M CHI ỦY", question).page).toBe(question.page);
  });
});
