// Pagination rules that LibreOffice and Word apply to our DOCX, checked on hand-made blocks.
import { describe, expect, it } from "vitest";
import { bundledFonts, Metrics } from "../../src/layout/fonts.js";
import { paginate } from "../../src/layout/paginate.js";
import { makePara } from "../../src/layout/para.js";
import type { LBlock, LPara, LRow, LSection, LTable, PageBox } from "../../src/layout/types.js";

const metrics = new Metrics(bundledFonts());
const STYLE = { font: "Times New Roman", size: 14, bold: false, italic: false, caps: false, underline: false, align: "left" } as const;
const PAGE = { width: 595.28, height: 841.89, orientation: "portrait", margins: { top: 56.69, bottom: 56.69, left: 85.04, right: 42.52 } } as const;
const SPEC = { fromPage: 2, top: 28.35, size: 14, lineHeight: 18 };
const WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

const line = (text: string, opts: Parameters<typeof makePara>[6] = {}): LPara =>
  makePara(metrics, "body", STYLE, [{ text, face: "regular", size: 14, underline: false }], WIDTH, 18, opts);
const run = (blocks: LBlock[]): PageBox[] => paginate([{ page: PAGE, blocks } as LSection], SPEC, metrics);
/** Baseline of the first text item on a page that is not its page number. */
const firstBaseline = (page: PageBox, text: string): number => {
  const item = page.items.find((i) => i.type === "text" && i.text === text);
  if (!item || item.type !== "text") throw new Error(`no “${text}” on page ${page.number}`);
  return item.baseline;
};

describe("paginate", () => {
  const top = PAGE.margins.top + 18 * 0.8;

  it("drops space before at the top of a page the text flowed onto", () => {
    const filler = Array.from({ length: 40 }, (_, i) => line(`dòng ${i + 1}`));
    const pages = run([...filler, line("Đầu trang", { spaceBefore: 6 })]);
    expect(pages).toHaveLength(2);
    expect(firstBaseline(pages[1]!, "Đầu trang")).toBeCloseTo(top, 2);
  });

  it("keeps space before after a page break, also when a keep-with-next chain would not fit on the old page", () => {
    // 30 lines leave room for 10; the heading's chain (heading + 12 kept lines) needs more, so it moves on
    // either way; the page break before the heading is a hard break, whose space before LibreOffice and Word keep.
    const filler = Array.from({ length: 30 }, (_, i) => line(`dòng ${i + 1}`));
    const chain = Array.from({ length: 12 }, (_, i) => line(`giữ ${i + 1}`, { keepNext: i < 11 }));
    const pages = run([...filler, line("IV. Mục mới", { spaceBefore: 6, keepNext: true, pageBreakBefore: true }), ...chain]);
    expect(pages).toHaveLength(2);
    expect(firstBaseline(pages[1]!, "IV. Mục mới")).toBeCloseTo(top + 6, 2);
  });

  const row = (text: string, keepNext = false): LRow => ({ cells: [{ width: WIDTH, paras: [line(text)] }], height: 18.5, header: false, cantSplit: true, keepNext });
  const table = (rows: LRow[], borders: boolean): LTable => ({ type: "table", role: borders ? "data" : "group", columns: [WIDTH], borders, borderWidth: borders ? 0.5 : 0, cellMargin: { left: 0, right: 0, top: 0, bottom: 0 }, rows, keepNext: false });

  it("a ruled table's closing border takes its width before what follows", () => {
    const ruled = run([table([row("ô 1"), row("ô 2")], true), line("Sau bảng")]);
    const bare = run([table([row("ô 1"), row("ô 2")], false), line("Sau bảng")]);
    expect(firstBaseline(ruled[0]!, "Sau bảng") - firstBaseline(bare[0]!, "Sau bảng")).toBeCloseTo(0.5, 3);
  });

  it("a row that keeps with the next row moves with it when both do not fit", () => {
    const filler = Array.from({ length: 38 }, (_, i) => line(`dòng ${i + 1}`));
    const pages = run([...filler, table([row("câu hỏi", true), { ...row("chữ ký"), height: 60 }], false)]);
    expect(pages).toHaveLength(2);
    expect(firstBaseline(pages[1]!, "câu hỏi")).toBeCloseTo(top, 2);
  });
});
