// Renders assessment-summary records through the public API and reads the PDF and DOCX back.
import { readFileSync } from "node:fs";
import YAML from "yaml";
import { renderDocument, type DocModel, type Issue } from "../../../src/index.js";
import { unzipDocx, type DocxParts } from "../../backends/docx/docx-parts.js";
import { extractPdfText, type PdfText, type PdfTextItem } from "../../helpers/pdf-text.js";
import { FIXED_NOW, ROOT } from "../../helpers/samples.js";

export const SAMPLES = {
  state: "inputs/assessment-summary/so-noi-vu-2025.yaml",
  party: "inputs/assessment-summary/chi-bo-dong-hai-2025.yaml",
  long: "test/kinds/assessment-summary/fixtures/long-60.yaml",
} as const;

export const loadSample = (key: keyof typeof SAMPLES): Record<string, unknown> =>
  YAML.parse(readFileSync(`${ROOT}${SAMPLES[key]}`, "utf8")) as Record<string, unknown>;

export interface Rendered {
  issues: Issue[];
  model: DocModel;
  pdf: PdfText;
  docx: DocxParts;
  pdfBytes: Uint8Array;
  docxBytes: Uint8Array;
}

export async function render(record: unknown): Promise<Rendered> {
  const r = await renderDocument(record, { now: FIXED_NOW, internals: true });
  if (!r.ok) throw new Error(`render failed: ${JSON.stringify(r.issues)}`);
  const { pdf, docx } = r.value.files;
  return { issues: r.issues, model: r.value.model, pdf: await extractPdfText(pdf!), docx: await unzipDocx(docx!), pdfBytes: pdf!, docxBytes: docx! };
}

/** A page's text items joined by single spaces, in drawing order (lines left to right, cell by cell). */
export const pageText = (pdf: PdfText, page: number): string =>
  pdf.pages[page]!.items.map((i) => i.str).join(" ").replace(/\s+/g, " ");
export const allText = (pdf: PdfText): string => pdf.pages.map((_, i) => pageText(pdf, i)).join(" ");

export interface Row {
  y: number;
  cells: PdfTextItem[];
}

/** Items of one page grouped by baseline (within 0.5 pt), top to bottom, left to right. */
export function rows(pdf: PdfText, page: number): Row[] {
  const out: Row[] = [];
  for (const it of [...pdf.pages[page]!.items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = out.at(-1);
    if (last && Math.abs(last.y - it.y) < 0.5) last.cells.push(it);
    else out.push({ y: it.y, cells: [it] });
  }
  return out;
}
