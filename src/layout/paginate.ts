// Pagination as Word does it for our documents: exact line heights, keep-with-next chains,
// rows that never split, header rows repeated, widow control of 2 lines (written to the DOCX too).
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
  /** The page began because the flow ran over (not a section start or a page break before). */
  flowed = false;

  newPage(setup: PageSetup = this.setup, flowed = true): void {
    this.flowed = flowed;
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
    if (canBreak && f.pageBreakBefore && !this.atTop) this.newPage(undefined, false);
    // Space before is dropped at the top of a page the text flowed onto, as LibreOffice and Word do,
    // and kept after a page break (LibreOffice and Word keep it under a hard break).
    if (!(canBreak && this.atTop && this.flowed && !f.pageBreakBefore)) this.y += f.spaceBefore;
    if (f.borderBottom !== undefined) {
      if (canBreak && !this.fits(f.lineHeight + f.borderBottom)) this.newPage();
      const y = this.y + f.lineHeight + f.borderBottom / 2;
      this.push({ type: "line", x1: x + f.indentLeft, y1: y, x2: x + width - f.indentRight, y2: y, width: f.borderBottom });
      this.y += f.lineHeight + f.borderBottom;
    }
    let i = 0;
    while (i < p.lines.length) {
      if (canBreak && !this.fits(f.lineHeight) && !this.atTop) this.newPage();
      const take = canBreak ? this.linesHere(p, i) : p.lines.length - i;
      if (take === 0) {
        this.newPage();
        continue;
      }
      for (const end = i + take; i < end; i++) this.drawLine(p, i, x);
      if (i < p.lines.length) this.newPage();
    }
    this.y += f.spaceAfter;
  }

  private drawLine(p: LPara, i: number, x: number): void {
    const f = p.format;
    const baseline = this.y + baselineOffset(f.lineHeight);
    const left = x + f.indentLeft + (i === 0 ? f.firstLine : 0);
    for (const fr of p.lines[i]!.fragments) {
      this.push({ type: "text", x: left + fr.x, baseline, text: fr.text, face: fr.face, size: fr.size, underline: fr.underline });
    }
    this.y += f.lineHeight;
  }

  /** How many of the paragraph's lines from `from` go on this page: as many as fit, less under widow
   * control (Word's and LibreOffice's 2 lines: no first line alone at the foot, no last line alone at
   * the top); 0 moves the paragraph on to the next page. */
  private linesHere(p: LPara, from: number): number {
    const f = p.format;
    const left = p.lines.length - from;
    const room = Math.max(this.atTop ? 1 : 0, Math.floor((this.bottom + EPS - this.y) / f.lineHeight));
    if (room >= left || !f.widowControl) return Math.min(room, left);
    const start = from === 0;
    // Keep two lines for the next page; a paragraph's first piece keeps two lines as well.
    const take = left - room < 2 ? left - 2 : room;
    if (take >= (start ? 2 : 1)) return take;
    return this.atTop ? room : 0;
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

/** Lines a paragraph cannot leave behind at the foot of a page: 1, or 2 under widow control (all of a
 * paragraph of 3 lines or fewer, whose first line or last line would otherwise be alone). */
const leadLines = (p: LPara): number => (!p.format.widowControl ? 1 : p.lines.length <= 3 ? p.lines.length : 2);

/** Height that must stay together with a keep-with-next block: its first lines or first row. */
function firstUnit(b: LBlock | undefined): number {
  if (!b) return 0;
  if (b.type === "para") return b.format.spaceBefore + (b.lines.length ? leadLines(b) * b.format.lineHeight : b.height);
  const head = b.rows.filter((r) => r.header).reduce((s, r) => s + r.height, 0);
  return head + keptRows(b.rows, b.rows.findIndex((r) => !r.header));
}

/** Height of the row at `from` and of the rows kept with it (each row that keeps with the next). */
function keptRows(rows: readonly LRow[], from: number): number {
  let h = 0;
  for (let i = from; i >= 0 && i < rows.length; i++) {
    h += rows[i]!.height;
    if (!rows[i]!.keepNext) break;
  }
  return h;
}

const keepsNext = (b: LBlock): boolean => (b.type === "para" ? b.format.keepNext : b.keepNext);
/** A ruled table's last row also has its bottom border under it (each row's height holds its top border). */
const closingBorder = (t: LTable): number => (t.borders ? t.borderWidth : 0);
const height = (b: LBlock): number => (b.type === "para" ? b.height : b.rows.reduce((s, r) => s + r.height, 0) + closingBorder(b));

function drawTable(c: Cursor, t: LTable, x: number): void {
  const headers = t.rows.filter((r) => r.header);
  t.rows.forEach((row, i) => {
    if (!c.fits(row.keepNext ? keptRows(t.rows, i) : row.height) && !c.atTop) {
      c.newPage();
      if (!row.header) for (const h of headers) c.drawRow(t, h, x);
    }
    c.drawRow(t, row, x);
  });
  c.y += closingBorder(t);
}

export interface PageNumberSpec {
  fromPage: number;
  top: number;
  size: number;
  lineHeight: number;
}

/** Page numbers count from the document's first page, or from the first page of a section that restarts them. */
function numberPages(pages: PageBox[], sections: LSection[], spec: PageNumberSpec, metrics: Metrics, firstPageOfSection: number[]): void {
  let s = 0;
  let first = 1;
  for (const page of pages) {
    while (s + 1 < sections.length && page.number >= firstPageOfSection[s + 1]!) {
      s++;
      if (sections[s]!.restartNumbering) first = firstPageOfSection[s]!;
    }
    const shown = page.number - first + 1;
    if (shown < spec.fromPage) continue;
    const m = sections[s]!.page.margins;
    const text = String(shown);
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
    c.newPage(section.page, false);
    firstPageOfSection.push(c.page.number);
    const x = section.page.margins.left;
    const width = section.page.width - section.page.margins.left - section.page.margins.right;
    section.blocks.forEach((b, i) => {
      const prev = section.blocks[i - 1];
      // A page break before comes first: the keep chain starting there is measured on the new page.
      if (b.type === "para" && b.format.pageBreakBefore && !c.atTop) c.newPage(undefined, false);
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
