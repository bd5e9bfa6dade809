// Draws positioned page items with pdfkit, exactly where the layout put them: one drawer per item type.
import type { PageItem } from "../../layout/types.js";
import { isPlainText } from "./fast-font.js";
import type { GlyphPlan } from "./glyph-plan.js";
import type { PdfFaces } from "./pdf-faces.js";
import { noShaping, num, type PdfInternals } from "./pdf-internals.js";

type Pdf = PDFKit.PDFDocument;
type ItemOf<T extends PageItem["type"]> = Extract<PageItem, { type: T }>;
type Drawer<T extends PageItem["type"]> = (pdf: Pdf, item: ItemOf<T>, faces: PdfFaces, plan: GlyphPlan) => void;

/** pdfkit 0.20 accepts a features object (passed through to fontkit), though its typings say array. */
type TextOptions = Omit<PDFKit.Mixins.TextOptions, "features"> & {
  features: Record<string, boolean>;
  /** Spares pdfkit a second shaping pass to measure the text; it only feeds links, underline and align. */
  textWidth: number;
};

/**
 * The operators pdfkit's text() writes for a left-aligned, unshaped run on the alphabetic baseline, in one
 * content write instead of eight (each of which pdfkit converts byte by byte), and without the second layout
 * pdfkit runs only to advance its cursor. Glyphs come from the document's plan (already in the subset); same
 * bytes as text(), checked by the tests.
 */
function drawPlainText(pdf: Pdf, item: ItemOf<"text">, glyphs: Map<number, string> | undefined): void {
  const p = pdf.font(item.face, item.size) as unknown as PdfInternals;
  const font = p._font;
  let hex = "";
  for (const ch of item.text) {
    const g = glyphs?.get(ch.codePointAt(0)!);
    if (g === undefined) {
      hex = font.encode(item.text, noShaping())[0].join("");
      break;
    }
    hex += g;
  }
  const y = p.page.height - item.baseline;
  if (p.page.fonts[font.id] == null) p.page.fonts[font.id] = font.ref();
  // As bytes (the content is ASCII), with the newline pdfkit adds to a string it is given.
  const ops = `q\n1 0 0 -1 0 ${num(p.page.height)} cm\nBT\n1 0 0 1 ${num(item.x)} ${num(y)} Tm\n/${font.id} ${num(p._fontSize)} Tf\n[<${hex}> 0] TJ\nET\nQ\n`;
  p.page.write(Buffer.from(ops, "latin1"));
}

const drawText: Drawer<"text"> = (pdf, item, faces, plan) => {
  const face = faces[item.face];
  const width = face.width(item.text) * item.size;
  if (face.embed !== face.font && item.text !== "" && !item.text.includes("\n") && isPlainText(item.text)) drawPlainText(pdf, item, plan[item.face]);
  else {
    const options: TextOptions = { lineBreak: false, baseline: "alphabetic", features: noShaping(), textWidth: width };
    pdf.font(item.face, item.size).text(item.text, item.x, item.baseline, options as unknown as PDFKit.Mixins.TextOptions);
  }
  if (item.underline && width > 0) {
    // Drawn here rather than by pdfkit, whose underline sits one line height below the text's top.
    const top = item.baseline + face.underlineOffset * item.size;
    pdf.rect(item.x, top, width, face.underlineThickness * item.size).fill();
  }
};

const drawLine: Drawer<"line"> = (pdf, item) => {
  pdf
    .save()
    .lineWidth(item.width)
    .lineCap("butt")
    .moveTo(item.x1, item.y1)
    .lineTo(item.x2, item.y2)
    .stroke()
    .restore();
};

const DRAWERS: { [T in PageItem["type"]]: Drawer<T> } = { text: drawText, line: drawLine };

export function drawItem(pdf: Pdf, item: PageItem, faces: PdfFaces, plan: GlyphPlan): void {
  const draw = DRAWERS[item.type] as (pdf: Pdf, item: PageItem, faces: PdfFaces, plan: GlyphPlan) => void;
  draw(pdf, item, faces, plan);
}
