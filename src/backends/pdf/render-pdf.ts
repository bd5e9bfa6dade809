// Writes a laid-out document as PDF with pdfkit: one page per PageBox, fonts embedded as subsets, same bytes for same input.
import { createHash, type Hash } from "node:crypto";
import PDFDocument from "pdfkit";
import type { FontSet } from "../../layout/fonts.js";
import { FACES } from "../../layout/fonts.js";
import type { LaidDoc } from "../../layout/types.js";
import type { DocMeta } from "../../model/index.js";
import { drawItem } from "./draw-items.js";
import { planGlyphs } from "./glyph-plan.js";
import { sharedFaces } from "./pdf-faces.js";
import type { PdfFaces } from "./pdf-faces.js";
import type { PdfInternals } from "./pdf-internals.js";
import { compressStreams } from "./stream-memo.js";
import { TextWriter } from "./text-writer.js";

/** Renders every page of `doc.pages` as positioned; page numbers are already items there. */
export function renderPdf(doc: LaidDoc, fonts: FontSet): Promise<Uint8Array> {
  return renderPdfWith(doc, sharedFaces(fonts));
}

/** renderPdf with the faces given: lets tests and benchmarks compare shared and freshly parsed fonts. */
export function renderPdfWith(doc: LaidDoc, faces: PdfFaces): Promise<Uint8Array> {
  const pdf = new PDFDocument(documentOptions(doc.meta));
  const p = pdf as unknown as PdfInternals;
  const bytes = collect(pdf);
  compressStreams(pdf);
  const id = idHash(doc, faces);
  for (const face of FACES) pdf.registerFont(face, faces[face].embed as unknown as PDFKit.Mixins.PDFFontSource);
  const plan = planGlyphs(pdf, doc, faces);
  for (const page of doc.pages) {
    pdf.addPage({ size: [page.width, page.height], layout: "portrait", margin: 0 });
    id.update(`page ${page.width} ${page.height}\n`);
    const write = p.page.write.bind(p.page);
    p.page.write = (chunk) => {
      // As the stream will hold it: pdfkit ends each string it is given with a newline.
      id.update(typeof chunk === "string" ? `${chunk}\n` : chunk);
      write(chunk);
    };
    const ctx = { faces, plan, text: new TextWriter(pdf) };
    for (const item of page.items) drawItem(pdf, item, ctx);
    ctx.text.flush();
  }
  // pdfkit derives the trailer /ID from the info dictionary alone; documents sharing a title and clock
  // would share it. The ID hashes what determines the bytes instead (the field is internal).
  p._id = new Uint8Array(id.digest());
  pdf.end();
  return bytes;
}

function documentOptions(meta: DocMeta): PDFKit.PDFDocumentOptions {
  const created = new Date(meta.createdAt);
  if (Number.isNaN(created.getTime())) throw new Error(`renderPdf: meta.createdAt is not a date: ${meta.createdAt}`);
  return {
    pdfVersion: "1.7",
    compress: true,
    autoFirstPage: false,
    lang: "vi-VN",
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: `kind=${meta.kind}; version=${meta.version}; profile=${meta.profile}`,
      Creator: "cadre-docs",
      Producer: "cadre-docs (PDFKit)",
      CreationDate: created,
      ModDate: created,
    },
  };
}

/** The start of the document ID: metadata and font files; every page's size and content follow as they are written. */
function idHash(doc: LaidDoc, faces: PdfFaces): Hash {
  const hash = createHash("md5");
  hash.update(JSON.stringify(doc.meta));
  hash.update(FACES.map((f) => faces[f].id).join("\n"));
  return hash;
}

/**
 * Resolves with the whole file once pdfkit has pushed its last chunk. pdfkit is a readable stream that pushes every
 * piece it writes (some 150 for a page); taking them at push() spares the stream machinery for each.
 */
function collect(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    // What the constructor pushed (the header) waits in the stream's buffer.
    for (let c: Uint8Array | null; (c = pdf.read() as Uint8Array | null) !== null; length += c.byteLength) chunks.push(c);
    (pdf as unknown as PdfInternals).push = (chunk) => {
      if (chunk === null) {
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.byteLength;
        }
        resolve(out);
        return false;
      }
      chunks.push(chunk);
      length += chunk.byteLength;
      return true;
    };
  });
}
