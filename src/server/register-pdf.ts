// The printable register as PDF (Đ16.2.b: printed with every field of the Sổ đăng ký văn bản đi), A4 landscape, headings repeated on each page.
import PDFDocument from "pdfkit";
import { bundledFonts } from "../index.js";
import { REGISTER_COLUMNS, type RegisterRow, type RegisterView } from "../workflow/index.js";

/** Relative widths of the ten columns (Phụ lục IV), scaled to the page. */
const WEIGHTS: Record<string, number> = { numberText: 9, date: 7, typeAndSummary: 24, signer: 10, recipients: 14, archive: 9, copies: 5, sentDate: 7, receivedBy: 7, note: 10 };
const PAD = 3;
const SIZE = 10;

type Doc = InstanceType<typeof PDFDocument>;

function rowHeight(doc: Doc, cells: string[], widths: number[], font: string): number {
  doc.font(font).fontSize(SIZE);
  return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
}

function drawRow(doc: Doc, y: number, cells: string[], widths: number[], font: string, align: "center" | "left"): number {
  const h = rowHeight(doc, cells, widths, font);
  let x = doc.page.margins.left;
  cells.forEach((c, i) => {
    doc.rect(x, y, widths[i]!, h).stroke();
    doc.font(font).fontSize(SIZE).text(c, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD, align });
    x += widths[i]!;
  });
  return y + h;
}

export function registerPdf(reg: RegisterView, rows: readonly RegisterRow[], year?: number): Promise<Buffer> {
  const fonts = bundledFonts();
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 40, bottom: 40, left: 36, right: 36 }, info: { Title: `Sổ đăng ký văn bản đi — ${reg.name}` } });
  doc.registerFont("regular", Buffer.from(fonts.files.regular));
  doc.registerFont("bold", Buffer.from(fonts.files.bold));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const total = REGISTER_COLUMNS.reduce((s, c) => s + (WEIGHTS[c.key] ?? 8), 0);
  const widths = REGISTER_COLUMNS.map((c) => ((WEIGHTS[c.key] ?? 8) / total) * usable);
  const headings = REGISTER_COLUMNS.map((c) => c.title);
  const numbers = REGISTER_COLUMNS.map((_c, i) => `(${i + 1})`);
  doc.font("bold").fontSize(14).text(`SỔ ĐĂNG KÝ VĂN BẢN ĐI${year ? ` NĂM ${year}` : ""}`, { align: "center" });
  doc.font("regular").fontSize(12).text(reg.name, { align: "center" }).moveDown(0.8);
  const header = (y: number) => drawRow(doc, drawRow(doc, y, headings, widths, "bold", "center"), numbers, widths, "regular", "center");
  let y = header(doc.y);
  const bottom = doc.page.height - doc.page.margins.bottom;
  for (const r of rows) {
    const cells = REGISTER_COLUMNS.map((c) => r[c.key]);
    if (y + rowHeight(doc, cells, widths, "regular") > bottom) {
      doc.addPage();
      y = header(doc.page.margins.top);
    }
    y = drawRow(doc, y, cells, widths, "regular", "left");
  }
  doc.end();
  return done;
}
