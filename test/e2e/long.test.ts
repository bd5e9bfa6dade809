// Long decisions (test/fixtures/e2e): many long legal bases and twelve people with long unit names, so
// the decision runs over two pages and the appendix table over two more. Checks the page breaks in
// the PDF: margins, page numbers, the repeated table header, rows kept whole, the signature block.
import { beforeAll, describe, expect, it } from "vitest";
import { MARGIN, MM, PAGE, TEXT, centre, find, isPageNumber, loadRecord, renderSample, type Rendered, type SampleKey } from "./helpers.js";
import { HEADERS, tablePages } from "./table.js";
import { postAt } from "../../src/kinds/rotation-decision/compose.js";

interface Case {
  key: SampleKey;
  authority: string;
  name: string;
  numbers: Array<[number, string]>;
  /** The appendix's `Từ ngày` as the document's bases write dates (nd30: NĐ 30's leading zeros). */
  date: (iso: string) => string;
}
const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, "0");
const CASES: Case[] = [
  // The nd30 appendix (pages 3–5) numbers its pages on its own: its first page shows none, then 2, 3.
  { key: "nd30Long", authority: "KT. CHỦ TỊCH", name: "Lê Đức Giang", numbers: [[2, "2"], [4, "2"], [5, "3"]], date: (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad(d)}/${m <= 2 ? pad(m) : m}/${y}`;
  } },
  { key: "partyLong", authority: "T/M BAN THƯỜNG VỤ", name: "Nguyễn Doãn Anh", numbers: [[2, "2"], [3, "3"], [4, "4"], [5, "5"]], date: (iso) => {
    const [y, m, d] = parts(iso);
    return `${d}/${m}/${y}`;
  } },
];
/** The decision on pages 1–2; the appendix, its columns from the content (names on one line), on pages 3–5. */
const PAGES = 5;
const TABLE_PAGES = [3, 4, 5];

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.key, await renderSample(c.key));
});

type Person = Record<string, string | number>;

describe.each(CASES)("long decision $key", (c) => {
  const doc = (): Rendered => docs.get(c.key)!;
  const people = (): Person[] => loadRecord(c.key).people as Person[];

  it(`has ${PAGES} pages: the decision on pages 1–2, the appendix on pages 3–${PAGES}`, () => {
    expect(doc().text.pages).toHaveLength(PAGES);
    expect(find(doc().items, "Nơi nhận:").page).toBe(2);
    const heading = find(doc().items, /^DANH SÁCH /);
    expect(heading.page).toBe(3);
    const firstOnPage3 = doc().items.filter((i) => i.page === 3 && !isPageNumber(i)).sort((a, b) => a.y - b.y)[0];
    // The nd30 appendix starts with NĐ 30's `Phụ lục` line above its name.
    if (c.key === "nd30Long") expect(firstOnPage3!.str).toBe("Phụ lục");
    else expect(firstOnPage3).toBe(heading);
    expect(tablePages(doc()).map((t) => t.page)).toEqual(TABLE_PAGES);
  });

  it("prints no text above the top margin (page numbers aside) and none below the bottom margin", () => {
    const bottom = PAGE.height - MARGIN.bottom;
    const above = doc().items.filter((i) => !isPageNumber(i) && i.y - 0.891 * i.size < MARGIN.top - 0.01);
    const below = doc().items.filter((i) => i.y + 0.216 * i.size > bottom + 0.01);
    expect(above.map((i) => `p${i.page} ${i.y.toFixed(2)} ${i.str}`)).toEqual([]);
    expect(below.map((i) => `p${i.page} ${i.y.toFixed(2)} ${i.str}`)).toEqual([]);
    // The pages are full: page 1 has text within 3 lines of the bottom margin; a table page leaves less room
    // than the next page's first row (rows never split) needs.
    const lowest = Math.max(...doc().items.filter((i) => i.page === 1).map((i) => i.y));
    expect(bottom - lowest, "page 1").toBeLessThan(54);
    const tables = tablePages(doc());
    for (const [n, t] of tables.slice(0, -1).entries()) {
      const next = tables[n + 1]!;
      expect(bottom - t.bottom, `page ${t.page}`).toBeLessThan(next.rowBottoms[1]! - next.rowBottoms[0]!);
    }
  });

  it("numbers pages centred in the top margin, not page 1 (nor the first page of an nd30 appendix)", () => {
    const numbers = doc().items.filter(isPageNumber);
    expect(numbers.map((i) => [i.page, i.str])).toEqual(c.numbers);
    for (const i of numbers) {
      expect(i.y).toBeGreaterThan(10 * MM);
      expect(i.y).toBeLessThan(20 * MM);
      expect(Math.abs(centre(i) - TEXT.centre)).toBeLessThanOrEqual(1);
    }
  });

  it("repeats the table header row at the top of every page the table continues on", () => {
    const pages = tablePages(doc());
    expect(pages.map((p) => p.page)).toEqual(TABLE_PAGES);
    for (const p of pages) expect(p.rows[0], `page ${p.page}`).toEqual(HEADERS);
    for (const p of pages.slice(1)) expect(Math.abs(p.top - MARGIN.top), `table top on page ${p.page}`).toBeLessThanOrEqual(1);
  });

  it("keeps every table row whole on one page", () => {
    const pages = tablePages(doc());
    const rows = pages.flatMap((p) => p.rows.slice(1).map((row) => ({ page: p.page, row })));
    for (const { page, row } of rows) expect(row.every((cell) => cell !== ""), `page ${page}: ${row.join(" | ")}`).toBe(true);
    const list = people();
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(rows.map((r) => r.row[0])).toEqual(list.map((_, n) => String(n + 1)));
    rows.forEach(({ row }, n) => {
      const p = list[n]!;
      expect(row).toEqual([
        String(n + 1),
        p.fullName,
        String(p.birthDate).slice(0, 4),
        postAt(String(p.currentPosition), String(p.currentUnit)),
        postAt(String(p.destinationPosition), String(p.destinationUnit)),
        `${p.months} tháng`,
        c.date(String(p.startDate)),
      ]);
    });
    // Every table page holds rows.
    for (const p of pages) expect(p.rows.length, `page ${p.page}`).toBeGreaterThan(2);
  });

  it("keeps the signature block (authority line to signer name) on one page", () => {
    const authority = find(doc().items, c.authority);
    const name = find(doc().items, c.name);
    expect(name.page).toBe(authority.page);
    expect(name.y).toBeGreaterThan(authority.y);
    expect(find(doc().items, "Nơi nhận:").page).toBe(authority.page);
  });

  it("continues the decision on the first line of page 2 after a full page 1", () => {
    const last1 = doc().items.filter((i) => i.page === 1).sort((a, b) => b.y - a.y)[0]!;
    const first2 = doc().items.filter((i) => i.page === 2 && !isPageNumber(i)).sort((a, b) => a.y - b.y)[0]!;
    expect(Math.abs(first2.y - (MARGIN.top + 14.4))).toBeLessThanOrEqual(1);
    expect(last1.y).toBeGreaterThan(PAGE.height - MARGIN.bottom - 40);
  });

  it("marks the DOCX header row as repeating and no row as splittable", () => {
    const xml = doc().parts.document;
    const data = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes("<w:tblHeader/>"));
    expect(data).toBeDefined();
    const rows = [...data!.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.length).toBe(people().length + 1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    expect(rows.slice(1).filter((r) => r.includes("<w:tblHeader/>"))).toEqual([]);
  });
});
