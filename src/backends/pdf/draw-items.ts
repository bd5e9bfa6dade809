// Draws positioned page items with pdfkit, exactly where the layout put them: one drawer per item type.
import type { PageItem } from "../../layout/types.js";
import type { GlyphPlan } from "./glyph-plan.js";
import type { PdfFaces } from "./pdf-faces.js";
import { noShaping } from "./pdf-internals.js";
import type { TextWriter } from "./text-writer.js";

type Pdf = PDFKit.PDFDocument;
type ItemOf<T extends PageItem["type"]> = Extract<PageItem, { type: T }>;
/** What drawing a page needs besides the item: faces, the document's glyph plan, and the page's text run. */
export interface DrawContext {
  faces: PdfFaces;
  plan: GlyphPlan;
  text: TextWriter;
}

type Drawer<T extends PageItem["type"]> = (pdf: Pdf, item: ItemOf<T>, ctx: DrawContext) => void;

/** pdfkit 0.20 accepts a features object (passed through to fontkit), though its typings say array. */
type TextOptions = Omit<PDFKit.Mixins.TextOptions, "features"> & {
  features: Record<string, boolean>;
  /** Spares pdfkit a second shaping pass to measure the text; it only feeds links, underline and align. */
  textWidth: number;
};

const drawText: Drawer<"text"> = (pdf, item, { faces, plan, text }) => {
  const face = faces[item.face];
  const hex = plan.get(item);
  if (hex !== undefined) text.show(item, hex);
  else {
    // Text that needs the shaper, or is empty: pdfkit lays it out itself.
    text.flush();
    const options: TextOptions = { lineBreak: false, baseline: "alphabetic", features: noShaping(), textWidth: face.width(item.text) * item.size };
    pdf.font(item.face, item.size).text(item.text, item.x, item.baseline, options as unknown as PDFKit.Mixins.TextOptions);
  }
  const width = item.underline ? face.width(item.text) * item.size : 0;
  if (width > 0) {
    // Drawn here rather than by pdfkit, whose underline sits one line height below the text's top.
    text.flush();
    const top = item.baseline + face.underlineOffset * item.size;
    pdf.rect(item.x, top, width, face.underlineThickness * item.size).fill();
  }
};

const drawLine: Drawer<"line"> = (pdf, item, { text }) => {
  text.flush();
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

export function drawItem(pdf: Pdf, item: PageItem, ctx: DrawContext): void {
  const draw = DRAWERS[item.type] as (pdf: Pdf, item: PageItem, ctx: DrawContext) => void;
  draw(pdf, item, ctx);
}
