// The pagination-fault finder itself: each fault it looks for, on hand-made pages, is reported.
import { describe, expect, it } from "vitest";
import type { PdfText, PdfTextItem } from "../helpers/pdf-text.js";
import { INDENT, MARGIN, PAGE } from "./helpers.js";
import { pageFaults } from "./page-faults.js";

const RIGHT = PAGE.width - MARGIN.right;
const item = (str: string, x: number, y: number, opts: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: opts.width ?? str.length * 6,
  fontName: opts.fontName ?? "LiberationSerif",
  size: 14,
});
const full = (str: string, x: number, y: number): PdfTextItem => item(str, x, y, { width: RIGHT - x });
const dots = (y: number): PdfTextItem => item(".".repeat(120), MARGIN.left, y, { width: RIGHT - MARGIN.left });
const doc = (...pages: PdfTextItem[][]): PdfText => ({ pages: pages.map((items) => ({ width: PAGE.width, height: PAGE.height, items })), info: {} });
const TOP = 71;
const FOOT = 770;
const next = [item("Tiếp theo là một đoạn văn.", MARGIN.left + INDENT, TOP)];

describe("pageFaults", () => {
  it("finds a prompt last on its page, and boxes apart from their question", () => {
    const faults = pageFaults(doc([item("2. Tự xếp loại chất lượng:", MARGIN.left + INDENT, FOOT)], [item("☐ Hoàn thành", MARGIN.left + INDENT, TOP)]));
    expect(faults).toEqual([expect.stringMatching(/prompt last/), expect.stringMatching(/boxes apart/)]);
  });

  it("finds a heading last on its page", () => {
    expect(pageFaults(doc([item("III. KẾT QUẢ", MARGIN.left, FOOT, { fontName: "LiberationSerif-Bold" })], next))).toEqual([expect.stringMatching(/heading last/)]);
  });

  it("finds a writing area split with one line alone", () => {
    expect(pageFaults(doc([dots(FOOT - 18), dots(FOOT)], [dots(TOP), item("Người ký", 300, TOP + 30)]))).toEqual([expect.stringMatching(/writing area split 2 \+ 1/)]);
  });

  it("finds a widow and an orphan", () => {
    const widow = doc([full("dòng đầy đủ của đoạn văn tiếp", MARGIN.left, FOOT)], [item("dòng cuối.", MARGIN.left, TOP), item("Đoạn mới", MARGIN.left + INDENT, TOP + 24)]);
    expect(pageFaults(widow)).toEqual([expect.stringMatching(/widow/)]);
    const orphan = doc([full("Dòng đầu của một đoạn dài", MARGIN.left + INDENT, FOOT)], [full("dòng tiếp", MARGIN.left, TOP), item("dòng cuối.", MARGIN.left, TOP + 18)]);
    expect(pageFaults(orphan)).toEqual([expect.stringMatching(/orphan/)]);
  });

  it("passes a clean break", () => {
    expect(pageFaults(doc([full("dòng một", MARGIN.left, FOOT - 18), full("dòng hai", MARGIN.left, FOOT)], [full("dòng ba", MARGIN.left, TOP), item("dòng bốn.", MARGIN.left, TOP + 18)]))).toEqual([]);
  });
});
