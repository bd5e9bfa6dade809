// Test helpers for the Party forms: render a record through the public API, read the PDF text and the
// DOCX paragraphs back, and format a record's issues as the clerk sees them.
import { renderDocument, validateDocument, formatIssue } from "../../../src/index.js";
import { unzipDocx } from "../../backends/docx/docx-parts.js";
import { extractPdfText } from "../../helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "../../helpers/samples.js";

export { FIXED_NOW, loadRecord };

export interface FormFiles {
  version: string;
  pages: number;
  /** All PDF text, whitespace removed (pdfjs splits justified lines into pieces). */
  pdf: string;
  /** DOCX paragraph texts, in order. */
  paras: string[];
  documentXml: string;
  pdfBytes: Uint8Array;
  docxBytes: Uint8Array;
}

export const squash = (s: string): string => s.replace(/\s+/g, "");

/** The paragraph texts of word/document.xml (runs joined), tables and sign blocks included. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

export async function renderForm(record: unknown): Promise<FormFiles> {
  const r = await renderDocument(record, { now: FIXED_NOW });
  if (!r.ok) throw new Error(`render failed: ${r.issues.map((i) => formatIssue(i)).join("\n")}`);
  const { pdf, docx } = r.value.files;
  const text = await extractPdfText(pdf!);
  const documentXml = (await unzipDocx(docx!)).document;
  return {
    version: r.value.version,
    pages: r.value.pages,
    pdf: squash(text.pages.flatMap((p) => p.items.map((i) => i.str)).join("")),
    paras: docxParagraphs(documentXml),
    documentXml,
    pdfBytes: pdf!,
    docxBytes: docx!,
  };
}

/** The Vietnamese lines a clerk would read for this record (errors first), nothing rendered. */
export function messagesFor(record: unknown): string[] {
  const v = validateDocument(record, { now: FIXED_NOW });
  const errors = v.issues.filter((i) => i.severity === "error");
  const warnings = v.issues.filter((i) => i.severity !== "error");
  return [...errors, ...warnings].map((i) => formatIssue(i));
}

/** Expects each text in both the PDF (whitespace-insensitive) and a DOCX paragraph (exactly). */
export function hasText(files: FormFiles, text: string): boolean {
  return files.pdf.includes(squash(text)) && files.paras.some((p) => p.includes(text));
}
