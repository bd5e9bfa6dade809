// Stream compression for the PDF: a fast zlib level, and done once for content that recurs from document to document.
import { deflateSync } from "node:zlib";
import type { PdfInternals, PdfRef } from "./pdf-internals.js";

/**
 * zlib level 1 rather than pdfkit's default 6: on a one-page decision it compresses the page content about three
 * times and a font program about twice as fast, for about 1 KB (some 3 %) more per file.
 */
const LEVEL = { level: 1 };
const deflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes, LEVEL);

/** Byte chunks promised never to change, which recur as the same object (the subset memo hands out one per subset). */
const recurring = new WeakSet<Uint8Array>();
/** Their compressed forms. */
const byBytes = new WeakMap<Uint8Array, Uint8Array>();
/** Compressed forms of recurring text streams, by content; a small LRU (a ToUnicode map is a few kilobytes). */
const byText = new Map<string, Uint8Array>();
const MAX_TEXTS = 64;

/** Declares `bytes` immutable and likely to be embedded again, so its compressed form is kept while it lives. */
export function markRecurring(bytes: Uint8Array): void {
  recurring.add(bytes);
}

function deflatedText(text: string): Uint8Array {
  let z = byText.get(text);
  if (z) {
    byText.delete(text);
  } else {
    // pdfkit appends a newline to a string it is given and keeps the low byte of each character, as latin1 does.
    z = deflate(Buffer.from(`${text}\n`, "latin1"));
    if (byText.size >= MAX_TEXTS) byText.delete(byText.keys().next().value!);
  }
  byText.set(text, z);
  return z;
}

function deflatedBytes(bytes: Uint8Array): Uint8Array {
  if (!recurring.has(bytes)) return deflate(bytes);
  let z = byBytes.get(bytes);
  if (!z) byBytes.set(bytes, (z = deflate(bytes)));
  return z;
}

/** What pdfkit's write() and finalize() do with one chunk, given its compressed form. */
function endWith(ref: PdfRef, rawLength: number, compressed: Uint8Array): void {
  ref.uncompressedLength += rawLength;
  ref.data.Length = ((ref.data.Length as number | undefined) ?? 0) + rawLength;
  ref.data.Filter = "FlateDecode";
  ref.compress = false;
  ref.buffer.push(compressed);
  ref.finalize();
}

/** What pdfkit's finalize() does with a stream written piece by piece (a page's content), compressing our way. */
function endWritten(ref: PdfRef): void {
  ref.buffer = [deflate(Buffer.concat(ref.buffer))];
  ref.compress = false;
  ref.finalize();
}

/**
 * Takes over the compression of this document's streams (pdfkit's own uses zlib's default level): streams written
 * whole (`ref.end(content)`) take their compressed form from the memo when their content recurs, and streams
 * written piece by piece are compressed as one. The layout of every object stays pdfkit's.
 */
export function compressStreams(pdf: PDFKit.PDFDocument): void {
  const p = pdf as unknown as PdfInternals;
  const ref = p.ref.bind(pdf);
  p.ref = (data) => {
    const r = ref(data);
    const end = r.end;
    r.end = (chunk) => {
      if (!r.compress) return end.call(r, chunk);
      // Written whole: the memo may know it.
      if (chunk !== undefined && r.buffer.length === 0) {
        return typeof chunk === "string" ? endWith(r, chunk.length + 1, deflatedText(chunk)) : endWith(r, chunk.length, deflatedBytes(chunk));
      }
      if (chunk !== undefined) r.write(chunk);
      return r.buffer.length > 0 ? endWritten(r) : end.call(r);
    };
    return r;
  };
}
