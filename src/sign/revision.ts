// An incremental update: the file's bytes are kept as they are and the changed and new objects are appended after them
// with their own cross-reference section, so every earlier signature still covers exactly what it signed.
import { PDFDocument, PDFRef, type PDFObject } from "pdf-lib";
import { SignError } from "../core/index.js";

/** Room for the CMS in /Contents: the chain, the signed attributes and a time-stamp token fit in 16 KB. */
export const SIGNATURE_BYTES = 16_384;
const PLACEHOLDER = 9_999_999_999;

export interface Written {
  bytes: Uint8Array;
  /** Where the /Contents hex string of the signature object starts ('<') and ends (after '>'). */
  contents?: { start: number; end: number };
}

const serialize = (o: PDFObject): Buffer => {
  const buf = Buffer.alloc(o.sizeInBytes());
  o.copyBytesInto(buf, 0);
  return buf;
};

export class PdfUpdate {
  private constructor(
    readonly original: Uint8Array,
    readonly doc: PDFDocument,
    private readonly before: Map<string, Buffer>,
  ) {}

  /** Parses the file (all its revisions) and remembers every object as it is, to write only what changes. */
  static async open(bytes: Uint8Array): Promise<PdfUpdate> {
    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
      if (!doc.context.trailerInfo.Root || doc.getPageCount() === 0) throw new Error("no catalog or no page");
    } catch {
      throw new SignError("sign_pdf_invalid");
    }
    const before = new Map<string, Buffer>();
    for (const [ref, obj] of doc.context.enumerateIndirectObjects()) before.set(ref.toString(), serialize(obj));
    return new PdfUpdate(bytes, doc, before);
  }

  /** The placeholder values a signature dictionary's /ByteRange holds until the file is laid out. */
  static readonly byteRangePlaceholder = [0, PLACEHOLDER, PLACEHOLDER, PLACEHOLDER];

  /** Appends every new or changed object; `signature` is the object whose /ByteRange and /Contents get patched. */
  write(signature?: PDFRef): Written {
    const ctx = this.doc.context;
    const parts: Buffer[] = [];
    const offsets = new Map<number, number>();
    let at = this.original.length;
    const push = (b: Buffer) => {
      parts.push(b);
      at += b.length;
    };
    push(Buffer.from(this.original[this.original.length - 1] === 0x0a ? "" : "\n", "latin1"));
    let contents: Written["contents"];
    const objects = ctx.enumerateIndirectObjects().filter(([ref, obj]) => !this.before.get(ref.toString())?.equals(serialize(obj)));
    if (objects.length === 0) throw new Error("PdfUpdate.write: nothing changed");
    for (const [ref, obj] of objects) {
      offsets.set(ref.objectNumber, at);
      const head = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, "latin1");
      const body = serialize(obj);
      if (signature && ref === signature) contents = locateContents(body, at + head.length);
      push(Buffer.concat([head, body, Buffer.from("\nendobj\n", "latin1")]));
    }
    const xrefAt = at;
    push(Buffer.from(xrefTable(offsets) + this.trailer(xrefAt), "latin1"));
    const bytes = Buffer.concat([Buffer.from(this.original), ...parts]);
    return { bytes, contents };
  }

  private trailer(xrefAt: number): string {
    const t = this.doc.context.trailerInfo;
    const size = this.doc.context.largestObjectNumber + 1;
    const id = t.ID ? ` /ID ${t.ID.toString()}` : "";
    const info = t.Info ? ` /Info ${t.Info.toString()}` : "";
    if (!t.Root) throw new SignError("sign_pdf_invalid");
    return `trailer\n<< /Size ${size} /Root ${t.Root.toString()}${info}${id} /Prev ${previousXref(this.original)} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  }
}

/** The classic cross-reference section for the objects just written, in runs of consecutive numbers. */
function xrefTable(offsets: Map<number, number>): string {
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  let out = "xref\n";
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    out += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(offsets.get(nums[k]!)).padStart(10, "0")} 00000 n\r\n`;
    i = j + 1;
  }
  return out;
}

function previousXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!m) throw new SignError("sign_pdf_invalid");
  return Number(m[1]);
}

function locateContents(body: Buffer, base: number): Written["contents"] {
  const key = body.indexOf("/Contents");
  const start = body.indexOf("<", key);
  const end = body.indexOf(">", start) + 1;
  if (key < 0 || start < 0 || end <= start) throw new Error("signature object without /Contents");
  return { start: base + start, end: base + end };
}

/** Fills the placeholder /ByteRange with the ranges around /Contents (same length, padded with spaces). */
export function patchByteRange(bytes: Uint8Array, contents: { start: number; end: number }): [number, number, number, number] {
  const range: [number, number, number, number] = [0, contents.start, contents.end, bytes.length - contents.end];
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const key = text.lastIndexOf("/ByteRange", contents.start);
  const open = text.indexOf("[", key);
  const close = text.indexOf("]", open);
  const room = close - open - 1;
  const value = range.join(" ");
  if (key < 0 || value.length > room) throw new Error("patchByteRange: no room for the byte range");
  text.write(value.padEnd(room, " "), open + 1, "latin1");
  return range;
}

/** Writes the CMS (hex, padded with zeros) into the reserved /Contents. */
export function patchContents(bytes: Uint8Array, contents: { start: number; end: number }, cms: Uint8Array): void {
  const hex = Buffer.from(cms).toString("hex");
  if (hex.length > contents.end - contents.start - 2) throw new Error("patchContents: signature larger than its reserved space");
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).write(hex, contents.start + 1, "latin1");
}

export { PDFRef };
