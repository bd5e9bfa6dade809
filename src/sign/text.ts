// Text written into a signed file's next revision (the number and date at numbering, an attachment's signature line),
// in the bundled Times New Roman–compatible face, subset and embedded by pdf-lib.
import { Readable } from "node:stream";
import * as fontkit from "fontkit";
import { popGraphicsState, pushGraphicsState, rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { bundledFonts } from "../layout/index.js";

/**
 * pdf-lib drives fontkit 1's API; fontkit 2 (the project's) is the same but for subsets, which encode to bytes instead
 * of a stream. This adapter gives pdf-lib the stream it reads.
 */
const fontkitForPdfLib = {
  create(data: Uint8Array): fontkit.Font {
    const font = fontkit.create(Buffer.from(data)) as fontkit.Font;
    return new Proxy(font, {
      get(target, key) {
        if (key !== "createSubset") return Reflect.get(target, key, target);
        return () => {
          const subset = target.createSubset();
          return {
            includeGlyph: (g: fontkit.Glyph) => subset.includeGlyph(g),
            encodeStream: () => Readable.from([Buffer.from(subset.encode())]),
          };
        };
      },
    });
  },
};

/** The bundled face as an embedded subset (regular for numbers and notes, italic for the date line). */
export async function embedFace(doc: PDFDocument, face: "regular" | "italic"): Promise<PDFFont> {
  doc.registerFontkit(fontkitForPdfLib as never);
  // A subset's name carries a six-letter tag (ISO 32000 9.6.4); a fixed one keeps the output reproducible.
  const name = face === "regular" ? "LiberationSerif" : "LiberationSerif-Italic";
  return doc.embedFont(bundledFonts().files[face], { subset: true, customName: `SIGNZZ+${name}` });
}

/** Leaves the page's own drawing state closed before ours (pdfkit pages keep a flipped matrix open). */
export function isolatePageContent(doc: PDFDocument, page: PDFPage): void {
  page.node.normalize();
  const start = doc.context.register(doc.context.contentStream([pushGraphicsState()]));
  const end = doc.context.register(doc.context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
}

export interface TextLine {
  text: string;
  /** Left edge, or the right edge when `align` is "right". PDF user space (y up) for the baseline. */
  x: number;
  baseline: number;
  size: number;
  align?: "left" | "right" | "center";
  font: PDFFont;
}

export function drawLines(page: PDFPage, lines: TextLine[]): void {
  for (const l of lines) {
    const width = l.font.widthOfTextAtSize(l.text, l.size);
    const x = l.align === "right" ? l.x - width : l.align === "center" ? l.x - width / 2 : l.x;
    page.drawText(l.text, { x, y: l.baseline, size: l.size, font: l.font, color: rgb(0, 0, 0) });
  }
}
