// Pagination as Word does it for our documents: exact line heights, keep-with-next chains,
// rows that never split, header rows repeated, no widow/orphan moves (disabled in the DOCX too).
import { faceOf, type Metrics } from "./fonts.js";
import type { LBlock, LPara, LRow, LSection, LTable, PageBox, PageItem, PageSetup } from "./types.js";

const EPS = 0.01;

/** With exact line spacing the baseline sits at 80% of the line box (LibreOffice's rule, measured on
 * our DOCX; Word keeps the descent at the bottom, which for Times New Roman differs by under 0.6 pt). */
export const baselineOffset = (lineHeight: number): number => lineHeight * 0.8;

/** A row's height beyond its content: the top border and the cell margins (the layout's row height adds the same). */
const rowChrome = (t: LTable): number => (t.borders ? t.borderWidth : 0) + t.cellMargin.top + t.cellMargin.bottom;

class Cursor {
  pages: PageBox[] = [];
  y = 0;
  private setup!: PageSetup;

  get page(): PageBox {
    return this.pages[this.pages.length - 1]!;
  }
  get top(): number {
    return this.setup.margins.top;
  }
  get bottom(): number {
    return this.setup.height - this.setup.margins.bottom;
  }
  get atTop(): boolean {
    return this.y <= this.top + EPS;
  }
  fits(h: number): boolean {
    return this.y + h <= this.bottom + EPS;
  }
  newPage(setup: PageSetup = this.setup): void {
    this.setup = setup;
    this.pages.push({ number: this.pages.length + 1, width: setup.width, height: setup.height, items: [] });
    this.y = setup.margins.top;
  }
  push(item: PageItem): void {
    this.page.items.push(item);
  }

  /** Draws a paragraph's lines from the cursor in a box at x of the given width; breaks pages if allowed. */
  drawPara(p: LPara, x: number, width: number, canBreak: boolean): void {
    const f = p.format;
    if (canBreak && f.pageBreakBefore && !this.atTop) this.newPage();
    this.y += f.spaceBefore;
    if (f.borderBottom !== undefined) {
      if (canBreak && !this.fits(f.lineHeight + f.borderBottom)) this.newPage();
      const y = this.y + f.lineHeight + f.borderBottom / 2;
      this.push({ type: "line", x1: x + f.indentLeft, y1: y, x2: x + width - f.indentRight, y2: y, width: f.borderBottom });
      this.y += f.lineHeight + f.borderBottom;
    }
    p.lines.forEach((line, i) => {
      if (canBreak && !this.fits(f.lineHeight) && !this.atTop) this.newPage();
      const baseline = this.y + baselineOffset(f.lineHeight);
      const left = x + f.indentLeft + (i === 0 ? f.firstLine : 0);
      for (const fr of line.fragments) {
        this.push({ type: "text", x: left + fr.x, baseline, text: fr.text, face: fr.face, size: fr.size, underline: fr.underline });
      }
      this.y += f.lineHeight;
    });
    this.y += f.spaceAfter;
  }

  drawRow(t: LTable, row: LRow, x: number): void {
    const top = this.y;
    let cx = x;
    row.cells.forEach((cell) => {
      // A bordered row's top border takes its width above the content (as in LibreOffice and Word).
      this.y = top + (t.borders ? t.borderWidth : 0) + t.cellMargin.top;
      if (cell.vAlign === "center") this.y += (row.height - rowChrome(t) - cell.paras.reduce((s, p) => s + p.height, 0)) / 2;
      const inner = cell.width - t.cellMargin.left - t.cellMargin.right;
      for (const p of cell.paras) this.drawPara(p, cx + t.cellMargin.left, inner, false);
      cx += cell.width;
    });
    this.y = top + row.height;
    if (t.borders) this.drawBorders(t, x, top, row.height);
  }

  private drawBorders(t: LTable, x: number, top: number, height: number): void {
    const w = t.borderWidth;
    const right = x + t.columns.reduce((s, c) => s + c, 0);
    this.push({ type: "line", x1: x, y1: top, x2: right, y2: top, width: w });
    this.push({ type: "line", x1: x, y1: top + height, x2: right, y2: top + height, width: w });
    let cx = x;
    for (const c of [0, ...t.columns]) {
      cx += c;
      this.push({ type: "line", x1: cx, y1: top, x2: cx, y2: top + height, width: w });
    }
  }
}

/** Height that must stay together with a keep-with-next block: its first line or first row. */
function firstUnit(b: LBlock | undefined): number {
  if (!b) return 0;
  if (b.type === "para") return b.format.spaceBefore + (b.lines.length ? b.format.lineHeight : b.height);
  const head = b.rows.filter((r) => r.header).reduce((s, r) => s + r.height, 0);
  return head + (b.rows.find((r) => !r.header)?.height ?? 0);
}

const keepsNext = (b: LBlock): boolean => (b.type === "para" ? b.format.keepNext : b.keepNext);
const height = (b: LBlock): number => (b.type === "para" ? b.height : b.rows.reduce((s, r) => s + r.height, 0));

function drawTable(c: Cursor, t: LTable, x: number): void {
  const headers = t.rows.filter((r) => r.header);
  for (const row of t.rows) {
    if (!c.fits(row.height) && !c.atTop) {
      c.newPage();
      if (!row.header) for (const h of headers) c.drawRow(t, h, x);
    }
    c.drawRow(t, row, x);
  }
}

export interface PageNumberSpec {
  fromPage: number;
  top: number;
  size: number;
  lineHeight: number;
}

function numberPages(pages: PageBox[], sections: LSection[], spec: PageNumberSpec, metrics: Metrics, firstPageOfSection: number[]): void {
  let s = 0;
  for (const page of pages) {
    while (s + 1 < sections.length && page.number >= firstPageOfSection[s + 1]!) s++;
    if (page.number < spec.fromPage) continue;
    const m = sections[s]!.page.margins;
    const text = String(page.number);
    const face = faceOf(false, false);
    const w = metrics.width(text, face, spec.size);
    const x = m.left + (page.width - m.left - m.right - w) / 2;
    const baseline = spec.top + baselineOffset(spec.lineHeight);
    page.items.push({ type: "text", x, baseline, text, face, size: spec.size, underline: false });
  }
}

export function paginate(sections: LSection[], spec: PageNumberSpec, metrics: Metrics): PageBox[] {
  const c = new Cursor();
  const firstPageOfSection: number[] = [];
  for (const section of sections) {
    c.newPage(section.page);
    firstPageOfSection.push(c.page.number);
    const x = section.page.margins.left;
    const width = section.page.width - section.page.margins.left - section.page.margins.right;
    section.blocks.forEach((b, i) => {
      const prev = section.blocks[i - 1];
      if (keepsNext(b) && !(prev && keepsNext(prev)) && !c.atTop) {
        let need = 0;
        let j = i;
        for (; j < section.blocks.length && keepsNext(section.blocks[j]!); j++) need += height(section.blocks[j]!);
        need += firstUnit(section.blocks[j]);
        if (!c.fits(need) && need <= section.page.height - section.page.margins.top - section.page.margins.bottom) c.newPage();
      }
      if (b.type === "para") c.drawPara(b, x, width, true);
      else drawTable(c, b, x);
    });
  }
  numberPages(c.pages, sections, spec, metrics, firstPageOfSection);
  return c.pages;
}
