// PDF backend: draws the layout's positioned pages with embedded, subsetted fonts.
export { renderPdf } from "./render-pdf.js";
export type { PdfOptions } from "./render-pdf.js";
