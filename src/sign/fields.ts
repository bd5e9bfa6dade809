// The signature fields a file already has: their role, page, rectangle and signed byte range.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFDocument } from "pdf-lib";

export type Rect = [number, number, number, number];

export interface FieldInfo {
  name: string;
  role: "signer" | "body" | "other";
  page: number;
  /** x, y, width, height in PDF user space. */
  rect: Rect;
  byteRange?: [number, number, number, number];
  /** The signature dictionary (absent for an unsigned field). */
  sig?: PDFDict;
}

const nums = (a: PDFArray | undefined): number[] => a?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) ?? [];

export function signatureFields(doc: PDFDocument): FieldInfo[] {
  const form = doc.catalog.lookupMaybe(PDFName.of("AcroForm"), PDFDict);
  const list = form?.lookupMaybe(PDFName.of("Fields"), PDFArray);
  if (!list) return [];
  const pages = doc.getPages().map((p) => p.ref.toString());
  const out: FieldInfo[] = [];
  for (const item of list.asArray()) {
    const field = item instanceof PDFRef ? doc.context.lookup(item, PDFDict) : item instanceof PDFDict ? item : undefined;
    if (!field || field.lookupMaybe(PDFName.of("FT"), PDFName)?.asString() !== "/Sig") continue;
    const t = field.lookup(PDFName.of("T"));
    const name = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : "";
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = nums(field.lookupMaybe(PDFName.of("Rect"), PDFArray));
    const p = field.get(PDFName.of("P"));
    const sig = field.lookupMaybe(PDFName.of("V"), PDFDict);
    const range = nums(sig?.lookupMaybe(PDFName.of("ByteRange"), PDFArray));
    out.push({
      name,
      role: name.startsWith("Chữ ký của người có thẩm quyền") ? "signer" : name.startsWith("Chữ ký số của cơ quan") ? "body" : "other",
      page: Math.max(0, p ? pages.indexOf(p.toString()) : 0),
      rect: [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)],
      byteRange: range.length === 4 ? (range as [number, number, number, number]) : undefined,
      sig,
    });
  }
  return out;
}
