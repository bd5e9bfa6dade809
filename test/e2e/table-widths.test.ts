// Table columns from the content: giant tokens in every column never break the table; names stay on one line.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { shareWidths } from "../../src/layout/column-widths.js";
import { loadRecord, renderFiles, TEXT } from "./helpers.js";
import { tablePages } from "./table.js";

/** The review's 25-person stress input (specs/stress/decision-25-nd30.yaml), kept with the tests. */
const stress = (): Record<string, unknown> => parse(readFileSync(new URL("../fixtures/e2e/stress-25-nd30.yaml", import.meta.url), "utf8")) as Record<string, unknown>;

describe("shareWidths", () => {
  it("keeps every column at or above the floor and fills the width exactly, whatever the columns ask", () => {
    for (const word of [10, 200, 5000]) {
      const demands = Array.from({ length: 7 }, (_, i) => ({ word: word * (i + 1), natural: word * 3 * (i + 1), weight: i + 1, cells: [word] }));
      const w = shareWidths(453.5, 23, demands);
      expect(Math.min(...w)).toBeGreaterThanOrEqual(23 - 0.05);
      expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(453.5, 6);
      for (const x of w) expect(Math.round(x * 20)).toBeCloseTo(x * 20, 9); // twips, as the DOCX stores them
    }
  });

  it("caps a column's word minimum at twice its template share, so one giant word does not take the table", () => {
    const w = shareWidths(400, 20, [
      { word: 5000, natural: 5000, weight: 1, cells: [5000] },
      { word: 60, natural: 300, weight: 1, cells: [300] },
    ]);
    // Twice the share (400 pt) is asked; the table is 400 pt: the giant column gets most, the other keeps more than the floor.
    expect(w[0]).toBeLessThan(350);
    expect(w[1]).toBeGreaterThan(50);
  });

  it("refuses a table with no room as an internal error", () => {
    expect(() => shareWidths(0, 20, [{ word: 1, natural: 1, weight: 1, cells: [] }])).toThrow(/^internal:/);
  });
});

describe("the appendix table with a 102-letter token in every column", () => {
  const token = "https://thanhhoa.gov.vn/portal/Pages/2026/quyet_dinh_dieu_dong_luan_chuyen/chi_tiet_congchuc_xa_hatrung";
  it("renders, every column inside the text width, every token cut and complete", async () => {
    const r = loadRecord("nd30Four") as { people: Array<Record<string, unknown>> };
    r.people = r.people.map((p) => ({ ...p, fullName: `Nguyễn ${token.slice(0, 90)}`, currentPosition: token, currentUnit: token, destinationUnit: token, destinationPosition: token }));
    const doc = await renderFiles(r);
    const pages = tablePages(doc);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.columns[0]).toBeGreaterThanOrEqual(TEXT.left - 0.5);
      expect(p.columns.at(-1)).toBeLessThanOrEqual(TEXT.right + 0.5);
      for (let i = 1; i < p.columns.length; i++) expect(p.columns[i]! - p.columns[i - 1]!).toBeGreaterThan(20);
    }
    const cells = pages.flatMap((p) => p.rows.slice(1)).map((row) => row[3]!.replace(/ /g, ""));
    expect(cells.filter((c) => c.includes(token.replace(/ /g, ""))).length).toBeGreaterThan(0);
  });
});

describe("the 25-person stress appendix", () => {
  it("prints the names on one line and the header 'Thời gian luân chuyển' on at most three", async () => {
    const doc = await renderFiles(stress());
    const pages = tablePages(doc);
    // One text item per line piece: a name split over two lines has no item holding it whole.
    for (const name of ["Hoàng Thị Ngọc Ô", "Đặng Văn Cường"]) expect(doc.items.some((i) => i.str.includes(name)), name).toBe(true);
    const first = pages[0]!;
    const [left, right] = [first.columns[5]!, first.columns[6]!];
    const header = doc.items.filter((i) => i.page === first.page && i.y > first.top && i.y < first.rowBottoms[0]! && i.x >= left && i.x < right);
    expect(header.map((i) => i.str).join(" ").replace(/\s+/g, " ")).toBe("Thời gian luân chuyển");
    expect(new Set(header.map((i) => Math.round(i.y))).size).toBeLessThanOrEqual(3);
  });
});
