// Reads a PDF back with pdfjs: page sizes, text items with baseline positions and real font names, and the info dictionary.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfTextItem {
  str: string;
  /** Left edge of the text, points from the page's left edge. */
  x: number;
  /** Baseline, points from the page's top edge (the layout's convention). */
  y: number;
  width: number;
  /** The embedded font's name, e.g. `BAAAAA+LiberationSerif-Bold` (pdfjs's own id if it has none). */
  fontName: string;
  size: number;
}

export interface PdfTextPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface PdfText {
  pages: PdfTextPage[];
  info: Record<string, unknown>;
}

/**
 * Text items in drawing order. pdfjs joins text that continues on the same line into one item, so
 * pieces drawn edge to edge (the fragments of a justified line) may come back as one string, and it
 * inserts spaces between pieces separated by a gap; those spaces are dropped here.
 */
export async function extractPdfText(data: Uint8Array): Promise<PdfText> {
  // pdfjs takes ownership of (and detaches) the buffer it is given, so hand it a copy.
  const task = getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: PdfTextPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      await page.getOperatorList(); // loads the fonts into commonObjs, where their names live
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        // Whitespace-only items are the spaces pdfjs inserts between separated pieces on one line.
        if (!("str" in item) || item.str.trim() === "") continue;
        const t = item.transform as number[];
        items.push({
          str: item.str,
          x: t[4]! - x0,
          y: y1 - t[5]!,
          width: item.width,
          fontName: fontNameOf(page.commonObjs, item.fontName),
          size: Math.hypot(t[2]!, t[3]!),
        });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
    }
    const meta = await pdf.getMetadata();
    return { pages, info: { ...(meta.info as Record<string, unknown>) } };
  } finally {
    await task.destroy();
  }
}

function fontNameOf(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): string {
  if (!objs.has(id)) return id;
  const font = objs.get(id) as { name?: unknown } | null;
  return typeof font?.name === "string" ? font.name : id;
}
