// Draws positioned page items with pdfkit, exactly where the layout put them: one drawer per item type.
import type { PageItem } from "../../layout/types.js";
import { isPlainText } from "./fast-font.js";
import type { PdfFaces } from "./pdf-faces.js";

type Pdf = PDFKit.PDFDocument;
type ItemOf<T extends PageItem["type"]> = Extract<PageItem, { type: T }>;
type Drawer<T extends PageItem["type"]> = (pdf: Pdf, item: ItemOf<T>, faces: PdfFaces) => void;

/**
 * OpenType features fontkit would otherwise apply (see its DefaultShaper). All are switched off so each
 * code point prints its own glyph at its raw advance width, as the layout measured it: no kerning, no
 * ligatures, no contextual forms. Input is NFC, so no combining marks need positioning.
 */
const SHAPING_OFF = [
  "rvrn", "ltra", "ltrm", "frac", "numr", "dnom", "ccmp", "locl", "rlig", "mark", "mkmk",
  "calt", "clig", "liga", "rclt", "curs", "kern",
] as const;

/** A fresh object per call: fontkit writes the features it applied back into the object it is given. */
function noShaping(): Record<string, boolean> {
  const features: Record<string, boolean> = {};
  for (const tag of SHAPING_OFF) features[tag] = false;
  return features;
}

/** pdfkit 0.20 accepts a features object (passed through to fontkit), though its typings say array. */
type TextOptions = Omit<PDFKit.Mixins.TextOptions, "features"> & {
  features: Record<string, boolean>;
  /** Spares pdfkit a second shaping pass to measure the text; it only feeds links, underline and align. */
  textWidth: number;
};

/** The pdfkit 0.20 internals the direct text path writes through; see pdfkit's `_fragment`. */
type PdfInternals = {
  _font: { id: string; encode(text: string, features: unknown): [string[], unknown[]]; ref(): unknown };
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
};

/** pdfkit's number format in content streams. */
const num = (n: number): string => `${Math.round(n * 1e6) / 1e6}`;

/**
 * The operators pdfkit's text() writes for a left-aligned, unshaped run on the alphabetic baseline, in one
 * content write instead of eight (each of which pdfkit converts byte by byte), and without the second layout
 * pdfkit runs only to advance its cursor. Same bytes; checked against text() by the tests.
 */
function drawPlainText(pdf: Pdf, item: ItemOf<"text">): void {
  const p = pdf.font(item.face, item.size) as unknown as PdfInternals;
  const font = p._font;
  const [hex] = font.encode(item.text, noShaping());
  const y = p.page.height - item.baseline;
  if (p.page.fonts[font.id] == null) p.page.fonts[font.id] = font.ref();
  p.addContent(
    `q\n1 0 0 -1 0 ${num(p.page.height)} cm\nBT\n1 0 0 1 ${num(item.x)} ${num(y)} Tm\n/${font.id} ${num(p._fontSize)} Tf\n[<${hex.join("")}> 0] TJ\nET\nQ`,
  );
}

const drawText: Drawer<"text"> = (pdf, item, faces) => {
  const face = faces[item.face];
  const width = face.width(item.text) * item.size;
  if (face.embed !== face.font && item.text !== "" && !item.text.includes("\n") && isPlainText(item.text)) drawPlainText(pdf, item);
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

export function drawItem(pdf: Pdf, item: PageItem, faces: PdfFaces): void {
  const draw = DRAWERS[item.type] as (pdf: Pdf, item: PageItem, faces: PdfFaces) => void;
  draw(pdf, item, faces);
}
