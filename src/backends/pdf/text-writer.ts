// Planned text goes into the page content in compact runs: one text object per run of consecutive text items.
import type { PageItem } from "../../layout/types.js";
import { num, type PdfInternals } from "./pdf-internals.js";

type TextItem = Extract<PageItem, { type: "text" }>;

/**
 * Writes text items whose glyphs the plan has encoded. pdfkit's text() writes eight operator lines per item (save,
 * flip, begin, matrix, font, show, end, restore); a run here saves, flips and begins once, sets the font only when it
 * changes, and positions and shows each item in two lines: a third of the bytes to write and compress, same marks
 * on the page. Anything else drawn on the page (rules, underlines, unplanned text) must `flush()` the run first.
 */
export class TextWriter {
  private ops = "";
  private fontKey = "";
  private readonly p: PdfInternals;

  constructor(private readonly pdf: PDFKit.PDFDocument) {
    this.p = pdf as unknown as PdfInternals;
  }

  show(item: TextItem, hex: string): void {
    const p = this.p;
    if (this.ops === "") this.ops = `q\n1 0 0 -1 0 ${num(p.page.height)} cm\nBT\n`;
    const key = `${item.face} ${item.size}`;
    if (key !== this.fontKey) {
      this.fontKey = key;
      const font = (this.pdf.font(item.face, item.size) as unknown as PdfInternals)._font;
      if (p.page.fonts[font.id] == null) p.page.fonts[font.id] = font.ref();
      this.ops += `/${font.id} ${num(item.size)} Tf\n`;
    }
    this.ops += `1 0 0 1 ${num(item.x)} ${num(p.page.height - item.baseline)} Tm\n<${hex}> Tj\n`;
  }

  flush(): void {
    if (this.ops === "") return;
    // As bytes (the operators are ASCII), ending with the newline pdfkit adds to what it writes.
    this.p.page.write(Buffer.from(`${this.ops}ET\nQ\n`, "latin1"));
    this.ops = "";
    this.fontKey = "";
  }
}
