// Decisions for several people: the appendix list on page 2 (heading, italic reference line, the
// seven column headers) and the page numbers (none on page 1, centred in the top margin from page 2),
// read from the PDF and, for the page-number field, from the DOCX.
import { beforeAll, describe, expect, it } from "vitest";
import { get, list, parseXml } from "../backends/docx/docx-parts.js";
import { MARGIN, MM, TEXT, centre, find, isBold, isItalic, isPageNumber, loadRecord, renderFiles, renderSample, type Item, type Rendered, type SampleKey } from "./helpers.js";
import { HEADERS, tablePages } from "./table.js";

interface Case {
  key: SampleKey;
  heading: RegExp;
  first: RegExp;
  reference: string;
  /** Page numbers shown on pages 1 and 2: an nd30 appendix numbers its pages on its own (NĐ 30 Phụ lục I III.1.đ). */
  numbers: string[][];
}
const CASES: Case[] = [
  {
    key: "nd30Four",
    heading: /^DANH SÁCH CÔNG CHỨC ĐIỀU ĐỘNG, LUÂN CHUYỂN$/,
    reference: "(Kèm theo Quyết định số 38/QĐ-UBND ngày 29 tháng 6 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa)",
    first: /^Phụ lục$/,
    numbers: [[], []],
  },
  {
    key: "partyThree",
    heading: /^DANH SÁCH CÁN BỘ LUÂN CHUYỂN$/,
    reference: "(Kèm theo Quyết định số 07-QĐ/TU, ngày 16/3/2026 của Ban Thường vụ Tỉnh ủy)",
    first: /^DANH SÁCH CÁN BỘ LUÂN CHUYỂN$/,
    numbers: [[], ["2"]],
  },
];

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.key, await renderSample(c.key));
});

/** The italic reference line(s) under the appendix heading, joined. */
function referenceText(r: Rendered, heading: Item): string {
  const italic = r.items.filter((i) => i.page === heading.page && i.y > heading.y && i.y < heading.y + 60 && isItalic(i));
  return italic
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((i) => i.str)
    .join(" ");
}

describe.each(CASES)("appendix of $key", (c) => {
  const doc = (): Rendered => docs.get(c.key)!;

  it("has two pages, page 2 starting with the bold, centred `Phụ lục` line (nd30) or DANH SÁCH heading", () => {
    expect(doc().text.pages).toHaveLength(2);
    const first = doc().items.filter((i) => i.page === 2 && !isPageNumber(i)).sort((a, b) => a.y - b.y)[0]!;
    expect(first.str).toMatch(c.first);
    expect(first.size).toBeCloseTo(14, 1);
    expect(isBold(first)).toBe(true);
    expect(Math.abs(centre(first) - TEXT.centre)).toBeLessThanOrEqual(1);
    expect(doc().items.filter((i) => i.page === 1 && /^DANH SÁCH/.test(i.str))).toEqual([]);
  });

  it("prints the italic reference line under the heading", () => {
    const heading = find(doc().items, c.heading);
    expect(referenceText(doc(), heading)).toBe(c.reference);
  });

  it("prints the reference line italic and centred, with the decision's number and the profile's date pattern", () => {
    const heading = find(doc().items, c.heading);
    const lines = doc().items.filter((i) => i.page === 2 && i.y > heading.y && i.y < heading.y + 60 && isItalic(i));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(Math.abs(centre(l) - TEXT.centre), l.str).toBeLessThanOrEqual(1);
    // NĐ 30: `ngày … tháng … năm …`; Party: `16/3/2026`, as the bases of the same decision write dates.
    expect(referenceText(doc(), heading)).toMatch(/^\(Kèm theo Quyết định số \d+(\/QĐ-UBND ngày \d{2} tháng \d{1,2} năm 2026|-QĐ\/TU, ngày \d{1,2}\/\d{1,2}\/2026) của .+\)$/);
  });

  it("has the seven column headers in the table's first row", () => {
    const [page] = tablePages(doc());
    expect(page, "a table on page 2").toBeDefined();
    expect(page!.page).toBe(2);
    expect(page!.rows[0]).toEqual(HEADERS);
    const header = doc().items.filter((i) => i.page === 2 && i.y > page!.top && i.y < page!.rowBottoms[0]!);
    for (const i of header) expect(isBold(i), i.str).toBe(true);
  });

  it("lists every person once, in order, with the full text of each cell", () => {
    const rows = tablePages(doc()).flatMap((p) => p.rows.slice(1));
    const people = loadRecord(c.key).people as Array<Record<string, string>>;
    expect(rows.map((r) => r[0])).toEqual(people.map((_, n) => String(n + 1)));
    rows.forEach((r, n) => {
      const p = people[n]!;
      expect(r[1]).toBe(p.fullName);
      expect(r[2]).toBe(String(p.birthDate).slice(0, 4));
    });
  });

  it("prints no page number on page 1, and on page 2 “2” centred in the top margin unless the appendix restarts the numbers", () => {
    const top = doc().items.filter((i) => i.y < MARGIN.top);
    expect([1, 2].map((n) => top.filter((i) => i.page === n).map((i) => i.str))).toEqual(c.numbers);
    const num = top.filter((i) => i.page === 2);
    if (num.length === 0) return;
    expect(num[0]!.y).toBeGreaterThan(10 * MM);
    expect(num[0]!.y).toBeLessThan(20 * MM);
    expect(Math.abs(centre(num[0]!) - TEXT.centre)).toBeLessThanOrEqual(1);
    expect(num[0]!.size).toBe(14);
  });

  it("declares w:titlePg and a PAGE field in the default header of the DOCX, none in the first-page header", () => {
    const { document, headers } = doc().parts;
    const sect = parseXml(document.slice(document.lastIndexOf("<w:sectPr")));
    expect(get(sect, "w:sectPr/w:titlePg")).toBeDefined();
    const refs = list(get(sect, "w:sectPr"), "w:headerReference") as Array<Record<string, string>>;
    const byType = new Map(refs.map((r) => [r["w:type"], headers.get(r["r:id"] ?? "") ?? ""]));
    const hasPage = (xml: string) => /<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /w:instr="\s*PAGE\b/.test(xml);
    expect(hasPage(byType.get("default") ?? "")).toBe(true);
    expect(hasPage(byType.get("first") ?? "")).toBe(false);
  });
});

describe("appendix reference number", () => {
  it("pads an nd30 number below 10 in the reference line as on the number line", async () => {
    const rec = loadRecord("nd30Four");
    rec.number = 5;
    const r = await renderFiles(rec);
    expect(find(r.items, /^Số: /).str).toBe("Số: 05/QĐ-UBND");
    const heading = find(r.items, /^DANH SÁCH/);
    expect(referenceText(r, heading)).toMatch(/^\(Kèm theo Quyết định số 05\/QĐ-UBND ngày 29 tháng 6 năm 2026 /);
  });
});
