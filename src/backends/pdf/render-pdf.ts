// Writes a laid-out document as PDF with pdfkit: one page per PageBox, fonts embedded as subsets, same bytes for same input.
import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import type { FontSet } from "../../layout/fonts.js";
import { FACES } from "../../layout/fonts.js";
import type { LaidDoc } from "../../layout/types.js";
import type { DocMeta } from "../../model/index.js";
import { drawItem } from "./draw-items.js";
import { sharedFaces } from "./pdf-faces.js";
import type { PdfFaces } from "./pdf-faces.js";

/** Renders every page of `doc.pages` as positioned; page numbers are already items there. */
export function renderPdf(doc: LaidDoc, fonts: FontSet): Promise<Uint8Array> {
  return renderPdfWith(doc, sharedFaces(fonts));
}

/** renderPdf with the faces given: lets tests and benchmarks compare shared and freshly parsed fonts. */
export function renderPdfWith(doc: LaidDoc, faces: PdfFaces): Promise<Uint8Array> {
  const pdf = new PDFDocument(documentOptions(doc.meta));
  // pdfkit derives the trailer /ID from the info dictionary alone; documents sharing a title and clock
  // would share it. Hash what determines the bytes instead (the field is internal, hence the cast).
  (pdf as unknown as { _id: Uint8Array })._id = documentId(doc, faces);
  const bytes = collect(pdf);
  for (const face of FACES) pdf.registerFont(face, faces[face].embed as unknown as PDFKit.Mixins.PDFFontSource);
  for (const page of doc.pages) {
    pdf.addPage({ size: [page.width, page.height], layout: "portrait", margin: 0 });
    for (const item of page.items) drawItem(pdf, item, faces);
  }
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

function documentId(doc: LaidDoc, faces: PdfFaces): Uint8Array {
  const hash = createHash("md5");
  hash.update(JSON.stringify(doc.meta));
  hash.update(FACES.map((f) => faces[f].id).join("\n"));
  hash.update(JSON.stringify(doc.pages));
  return new Uint8Array(hash.digest());
}

/** Resolves with the whole file once pdfkit has pushed its last chunk. */
function collect(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    pdf.on("data", (chunk: Uint8Array) => {
      chunks.push(chunk);
      length += chunk.byteLength;
    });
    pdf.on("error", reject);
    pdf.on("end", () => {
      const out = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.byteLength;
      }
      resolve(out);
    });
  });
}
