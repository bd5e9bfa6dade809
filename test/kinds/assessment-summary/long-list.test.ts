// A 60-person list breaks across landscape pages with the table's header row repeated on each of them.
import { describe, expect, it } from "vitest";
import { loadSample, render, rows, type Rendered } from "./helpers.js";

const HEADER = ["STT", "Họ và tên", "Chức vụ", "Tự xếp loại", "Cấp có thẩm quyền xếp loại", "Ghi chú"];

let cached: Promise<Rendered> | undefined;
const long = () => (cached ??= render(loadSample("long")));

/** STT numbers printed on a page, top to bottom. */
const numbersOn = (r: Rendered, page: number, from: number): number[] =>
  rows(r.pdf, page)
    .filter((row) => row.y > from && /^\d+$/.test(row.cells[0]!.str) && row.cells[0]!.x < 110)
    .map((row) => Number(row.cells[0]!.str));

describe("assessment-summary: a long list", () => {
  it("breaks over several landscape pages", async () => {
    const r = await long();
    expect(r.pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const p of r.pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  it("repeats the header row at the top of page 2 and continues the numbering", async () => {
    const r = await long();
    const page2 = rows(r.pdf, 1).filter((row) => !(row.cells.length === 1 && row.cells[0]!.str === "2")); // drop the page number
    expect(page2[0]!.cells.map((c) => c.str)).toEqual(HEADER);
    const head = page2[0]!.cells.find((c) => c.str === "STT")!;
    expect(head.fontName).toMatch(/-Bold$/);
    const onPage1 = numbersOn(r, 0, 0);
    const onPage2 = numbersOn(r, 1, head.y);
    expect(onPage1[0]).toBe(1);
    expect(onPage2[0]).toBe(onPage1.at(-1)! + 1);
    const all = r.pdf.pages.flatMap((_, p) => numbersOn(r, p, p === 0 ? 0 : head.y)).filter((n) => n <= 60);
    expect(all).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it("marks the DOCX header row to repeat (w:tblHeader) in the list table", async () => {
    const r = await long();
    const tables = r.docx.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const list = tables.find((t) => t.includes("Cấp có thẩm quyền xếp loại") && t.includes("Ghi chú"))!;
    const firstRow = list.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
    expect(firstRow).toContain("<w:tblHeader/>");
    expect(firstRow).toContain("Họ và tên");
    expect((list.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
  });
});
