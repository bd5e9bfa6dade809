// What the fast paths use of pdfkit 0.20 beyond its public API, typed in one place (the tests pin the bytes).

/** A stream object as pdfkit keeps it until `end()` writes it out; see its PDFReference. */
export interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
  finalize(): void;
}

/** The embedded font pdfkit keeps per face and document; see its EmbeddedFont. */
export interface PdfFontInternals {
  id: string;
  subset: { includeGlyph(glyph: number): number };
  widths: number[];
  unicode: number[][];
  /** 1000 / units per em. */
  scale: number;
  encode(text: string, features: unknown): [string[], unknown[]];
  ref(): unknown;
}

export type PdfInternals = {
  _font: PdfFontInternals;
  _fontSize: number;
  _id: Uint8Array;
  _root: { data: Record<string, unknown> };
  page: { height: number; fonts: Record<string, unknown>; write(chunk: Uint8Array | string): void };
  ref(data?: Record<string, unknown>): PdfRef;
};

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
export function noShaping(): Record<string, boolean> {
  const features: Record<string, boolean> = {};
  for (const tag of SHAPING_OFF) features[tag] = false;
  return features;
}

/** pdfkit's number format in content streams. */
export const num = (n: number): string => `${Math.round(n * 1e6) / 1e6}`;
