// Signs a cadre-docs PDF as Nghị định 30 draws it: the signer's image between title and name with the signer's signature;
// then, at numbering, the number and date in their open places, the body's seal over the image's left third and the body's
// signature; or, for an attachment in a separate file, the body's signature with its information line top right.
import { createHash } from "node:crypto";
import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString,
  concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState,
  type PDFCatalog, type PDFContext, type PDFDocument, type PDFOperator,
} from "pdf-lib";
import { SignError } from "../core/index.js";
import { signDigest, signDigestTimestamped } from "./cms.js";
import { signatureFields, type FieldInfo, type Rect } from "./fields.js";
import { checkValidity, type SigningIdentity } from "./keys.js";
import { checkImage } from "./png.js";
import { PdfUpdate, SIGNATURE_BYTES, patchByteRange, patchContents } from "./revision.js";
import { drawLines, embedFace, isolatePageContent, type TextLine } from "./text.js";

export type SignRole = "signer" | "body";

export interface SignOptions {
  role: SignRole;
  /** The signer's signature image (role signer) or the body's seal (role body): a transparent PNG. Not for attachments. */
  image?: Uint8Array;
  imageFile?: string;
  /** The seal's real diameter in points (default 38 mm, a usual round seal). */
  sealSize?: number;
  /** Signing time (default now). */
  at?: Date;
  reason?: string;
  /** Body: the number written into the open `Số:      /…` place. */
  number?: number;
  /** Body: the issue date written into the open `ngày … tháng …` places. */
  date?: { day: number; month: number };
  /** Body signing an attachment kept in a separate file: no image; number and symbol and signing time top right. */
  attachment?: { reference: string };
  /** An RFC 3161 time-stamp authority: the signature gets its token (PAdES B-T). */
  tsaUrl?: string;
}

/** A file prepared for an external signer: the digest to sign and what `completeSignature` needs. */
export interface PreparedSignature {
  pdf: Uint8Array;
  /** SHA-256 of the signed byte ranges: what the CMS's messageDigest must hold. */
  digest: Buffer;
  /** The signed bytes themselves, for signers that take the content rather than its digest. */
  signedBytes: Buffer;
  contents: { start: number; end: number };
}

const MM = 72 / 25.4;
const FIELD_NAMES: Record<SignRole, string> = { signer: "Chữ ký của người có thẩm quyền", body: "Chữ ký số của cơ quan, tổ chức" };

interface Place {
  page: number;
  rect: Rect;
}

/** Adds the image or text and an empty signature field, then reserves the signature's place: the digest is ready for any signer. */
export async function prepareSignature(pdf: Uint8Array, options: SignOptions): Promise<PreparedSignature> {
  const update = await PdfUpdate.open(pdf);
  const { doc } = update;
  const fields = signatureFields(doc);
  const at = options.at ?? new Date();
  let place: Place;
  let appearance: PDFRef;
  if (options.attachment) {
    if (options.role !== "body") throw new Error("prepareSignature: only the body signs an attachment");
    place = { page: 0, rect: [0, 0, 0, 0] };
    appearance = doc.context.register(doc.context.formXObject([], { BBox: [0, 0, 0, 0] }));
    await writeAttachmentLine(doc, options.attachment.reference, at);
    // Fonts are written into the document's objects only when flushed.
    await doc.flush();
  } else {
    if (!options.image) throw new Error("prepareSignature: an image is needed");
    const info = checkImage(options.image, options.imageFile ?? "ảnh", options.role === "signer" ? "signature" : "seal");
    place = options.role === "signer" ? signerPlace(doc, info) : bodyPlace(pdf, fields, info, options.sealSize ?? 38 * MM);
    if (options.role === "body") await writeNumberAndDate(doc, options);
    const image = await doc.embedPng(options.image);
    // Images and fonts are written into the document's objects only when flushed.
    await doc.flush();
    const [, , w, h] = place.rect;
    const ops: PDFOperator[] = [pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, 0), drawObject("Im0"), popGraphicsState()];
    appearance = doc.context.register(doc.context.formXObject(ops, { BBox: [0, 0, w, h], Resources: { XObject: { Im0: image.ref } } }));
  }
  const page = doc.getPages()[place.page];
  if (!page) throw new SignError("sign_pdf_no_anchor");
  const sig = doc.context.register(
    doc.context.obj({
      Type: "Sig", Filter: "Adobe.PPKLite", SubFilter: "ETSI.CAdES.detached",
      ByteRange: PdfUpdate.byteRangePlaceholder,
      Contents: PDFHexString.of("0".repeat(SIGNATURE_BYTES * 2)),
      M: PDFString.fromDate(at),
      ...(options.reason ? { Reason: PDFHexString.fromText(options.reason) } : {}),
    }),
  );
  const [x, y, w, h] = place.rect;
  const widget = doc.context.register(
    doc.context.obj({
      Type: "Annot", Subtype: "Widget", FT: "Sig", F: 4,
      T: PDFHexString.fromText(`${FIELD_NAMES[options.role]} ${fields.length + 1}`),
      V: sig, P: page.ref, Rect: [x, y, x + w, y + h], AP: { N: appearance },
    }),
  );
  page.node.addAnnot(widget);
  addToAcroForm(doc.catalog, doc.context, widget);
  const written = update.write(sig);
  const contents = written.contents!;
  const range = patchByteRange(written.bytes, contents);
  const signedBytes = Buffer.concat([written.bytes.subarray(range[0], range[1]), written.bytes.subarray(range[2], range[2] + range[3])]);
  return { pdf: written.bytes, digest: createHash("sha256").update(signedBytes).digest(), signedBytes, contents };
}

/** Puts a CMS made elsewhere (a USB token, a remote signing service) into a prepared file. */
export function completeSignature(prepared: PreparedSignature, cms: Uint8Array, digestOf: (cms: Uint8Array) => Buffer | undefined): Uint8Array {
  const signed = digestOf(cms);
  if (!signed || !signed.equals(prepared.digest)) throw new SignError("sign_external_mismatch");
  const out = new Uint8Array(prepared.pdf);
  patchContents(out, prepared.contents, cms);
  return out;
}

/** Signs in this process with a PKCS#12 identity. */
export async function signPdf(pdf: Uint8Array, identity: SigningIdentity, options: SignOptions): Promise<Uint8Array> {
  const at = options.at ?? new Date();
  checkValidity(identity.chain[0]!, at);
  const prepared = await prepareSignature(pdf, { ...options, at });
  const cms = options.tsaUrl
    ? await signDigestTimestamped(prepared.digest, identity.key, identity.chain, at, options.tsaUrl)
    : signDigest(prepared.digest, identity.key, identity.chain, at);
  const out = new Uint8Array(prepared.pdf);
  patchContents(out, prepared.contents, cms);
  return out;
}

const placeOf = (doc: PDFDocument, key: string): number[] | undefined => {
  const arr = doc.catalog.lookupMaybe(PDFName.of("CadreSign"), PDFDict)?.lookupMaybe(PDFName.of(key), PDFArray);
  const nums = arr?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  return nums && nums.every((n) => !Number.isNaN(n)) ? nums : undefined;
};

/** The signer's image: centred in the gap the layout left between title and name, as large as fits. */
function signerPlace(doc: PDFDocument, img: { width: number; height: number }): Place {
  const page = doc.catalog.lookupMaybe(PDFName.of("CadreSign"), PDFDict)?.lookupMaybe(PDFName.of("Page"), PDFNumber)?.asNumber();
  const box = placeOf(doc, "Signer");
  if (page === undefined || box?.length !== 4) throw new SignError("sign_pdf_no_anchor");
  const [x1, y1, x2, y2] = box as [number, number, number, number];
  const scale = Math.min(((y2 - y1) * 0.9) / img.height, ((x2 - x1) * 0.6) / img.width);
  const w = img.width * scale;
  const h = img.height * scale;
  return { page, rect: [x1 + (x2 - x1 - w) / 2, y1 + (y2 - y1 - h) / 2, w, h] };
}

/** The seal at its real size, centred on the signer's image height, covering the image's left third. */
function bodyPlace(pdf: Uint8Array, fields: FieldInfo[], img: { width: number; height: number }, size: number): Place {
  const signer = fields.find((f) => f.role === "signer");
  if (!signer) throw new SignError("sign_pdf_not_signed");
  if (fields.some((f) => f.role === "body")) throw new SignError("sign_pdf_already_body");
  const last = fields[fields.length - 1]!;
  if (last.byteRange && last.byteRange[2] + last.byteRange[3] !== pdf.length) throw new SignError("sign_pdf_changed");
  const [sx, sy, sw, sh] = signer.rect;
  const h = (size * img.height) / img.width;
  return { page: signer.page, rect: [sx + sw / 3 - size, sy + sh / 2 - h / 2, size, h] };
}

/** The number right before its symbol (`Số: 05/QĐ-UBND`), the day and month in the middle of their gaps (Nghị định 30: a
 * leading zero for days below 10 and for months 1 and 2). */
async function writeNumberAndDate(doc: PDFDocument, options: SignOptions): Promise<void> {
  if (options.number === undefined && !options.date) return;
  const lines: TextLine[] = [];
  if (options.number !== undefined) {
    const n = placeOf(doc, "Number");
    if (!n) throw new SignError("sign_pdf_no_blank", { what: "số văn bản" });
    lines.push({ text: String(options.number).padStart(2, "0"), x: n[1]!, baseline: n[2]!, size: n[3]!, align: "right", font: await embedFace(doc, "regular") });
  }
  if (options.date) {
    const [day, month] = [placeOf(doc, "Day"), placeOf(doc, "Month")];
    if (!day || !month) throw new SignError("sign_pdf_no_blank", { what: "ngày ban hành" });
    const italic = await embedFace(doc, "italic");
    const d = options.date;
    const mid = (b: number[]) => (b[0]! + b[1]!) / 2;
    lines.push({ text: String(d.day).padStart(2, "0"), x: mid(day), baseline: day[2]!, size: day[3]!, align: "center", font: italic });
    lines.push({ text: d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month), x: mid(month), baseline: month[2]!, size: month[3]!, align: "center", font: italic });
  }
  const page = doc.getPages()[0]!;
  isolatePageContent(doc, page);
  drawLines(page, lines);
}

/** Phụ lục I, II.8.b: top right of the first page, Times New Roman 10, upright, black: the number and symbol and the time. */
async function writeAttachmentLine(doc: PDFDocument, reference: string, at: Date): Promise<void> {
  const page = doc.getPages()[0];
  if (!page) throw new SignError("sign_pdf_invalid");
  const font = await embedFace(doc, "regular");
  const { width, height } = page.getSize();
  const right = width - 15 * MM;
  isolatePageContent(doc, page);
  drawLines(page, [
    { text: reference, x: right, baseline: height - 10 * MM, size: 10, align: "right", font },
    { text: vietnamTime(at), x: right, baseline: height - 10 * MM - 12, size: 10, align: "right", font },
  ]);
}

/** ISO 8601 in Vietnam's time zone: 2026-12-07T09:00:00+07:00. */
export function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

function addToAcroForm(catalog: PDFCatalog, ctx: PDFContext, widget: PDFRef): void {
  const existing = catalog.get(PDFName.of("AcroForm"));
  if (existing instanceof PDFRef) {
    const form = ctx.lookup(existing, PDFDict);
    const list = form.lookupMaybe(PDFName.of("Fields"), PDFArray);
    if (list) list.push(widget);
    else form.set(PDFName.of("Fields"), ctx.obj([widget]));
    form.set(PDFName.of("SigFlags"), PDFNumber.of(3));
    return;
  }
  // Indirect, so the next signature rewrites the form alone, not the catalog.
  catalog.set(PDFName.of("AcroForm"), ctx.register(ctx.obj({ Fields: [widget], SigFlags: 3 })));
}
