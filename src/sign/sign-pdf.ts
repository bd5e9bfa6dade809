// Signs a cadre-docs PDF as Nghị định 30 draws it: the signer's image between title and name with the signer's
// signature, then the issuing body's seal over the image's left third with the body's signature, each an incremental update.
import { createHash } from "node:crypto";
import type { X509Certificate } from "node:crypto";
import {
  PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString,
  concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState,
} from "pdf-lib";
import { SignError } from "../core/index.js";
import { signDigest } from "./cms.js";
import { checkValidity, type SigningIdentity } from "./keys.js";
import { checkImage } from "./png.js";
import { PdfUpdate, SIGNATURE_BYTES, patchByteRange, patchContents } from "./revision.js";
import { signatureFields, type Rect } from "./fields.js";

export type SignRole = "signer" | "body";

export interface SignOptions {
  role: SignRole;
  /** The signer's signature image (role signer) or the body's seal (role body): a PNG. */
  image: Uint8Array;
  imageFile?: string;
  /** The seal's real diameter in points (default 38 mm, a usual round seal). */
  sealSize?: number;
  /** Signing time (default now). */
  at?: Date;
  reason?: string;
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

/** Adds the image and an empty signature field, then reserves the signature's place: the digest is ready for any signer. */
export async function prepareSignature(pdf: Uint8Array, options: SignOptions): Promise<PreparedSignature> {
  const info = checkImage(options.image, options.imageFile ?? "ảnh", options.role === "signer" ? "signature" : "seal");
  const update = await PdfUpdate.open(pdf);
  const { doc } = update;
  const fields = signatureFields(doc);
  const place = options.role === "signer" ? signerPlace(doc, info) : bodyPlace(pdf, fields, info, options.sealSize ?? 38 * MM);
  const page = doc.getPages()[place.page];
  if (!page) throw new SignError("sign_pdf_no_anchor");
  const image = await doc.embedPng(options.image);
  await doc.flush();
  const [x, y, w, h] = place.rect;
  const appearance = doc.context.register(
    doc.context.formXObject(
      [pushGraphicsState(), concatTransformationMatrix(w, 0, 0, h, 0, 0), drawObject("Im0"), popGraphicsState()],
      { BBox: [0, 0, w, h], Resources: { XObject: { Im0: image.ref } } },
    ),
  );
  const at = options.at ?? new Date();
  const sig = doc.context.register(
    doc.context.obj({
      Type: "Sig", Filter: "Adobe.PPKLite", SubFilter: "ETSI.CAdES.detached",
      ByteRange: PdfUpdate.byteRangePlaceholder,
      Contents: PDFHexString.of("0".repeat(SIGNATURE_BYTES * 2)),
      M: PDFString.fromDate(at),
      ...(options.reason ? { Reason: PDFHexString.fromText(options.reason) } : {}),
    }),
  );
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
  const cms = signDigest(prepared.digest, identity.key, identity.chain, at);
  const out = new Uint8Array(prepared.pdf);
  patchContents(out, prepared.contents, cms);
  return out;
}

interface Place {
  page: number;
  rect: Rect;
}

/** The signer's image: centred in the gap the layout left between title and name, as large as fits. */
function signerPlace(doc: import("pdf-lib").PDFDocument, img: { width: number; height: number }): Place {
  const anchor = doc.catalog.lookupMaybe(PDFName.of("CadreSign"), PDFDict);
  const page = anchor?.lookupMaybe(PDFName.of("Page"), PDFNumber)?.asNumber();
  const box = anchor?.lookupMaybe(PDFName.of("Signer"), PDFArray)?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  if (page === undefined || !box || box.length !== 4 || box.some(Number.isNaN)) throw new SignError("sign_pdf_no_anchor");
  const [x1, y1, x2, y2] = box as [number, number, number, number];
  const maxH = (y2 - y1) * 0.9;
  const maxW = (x2 - x1) * 0.6;
  const scale = Math.min(maxH / img.height, maxW / img.width);
  const w = img.width * scale;
  const h = img.height * scale;
  return { page, rect: [x1 + (x2 - x1 - w) / 2, y1 + (y2 - y1 - h) / 2, w, h] };
}

/** The seal at its real size, centred on the signer's image height, covering the image's left third. */
function bodyPlace(pdf: Uint8Array, fields: ReturnType<typeof signatureFields>, img: { width: number; height: number }, size: number): Place {
  const signer = fields.find((f) => f.role === "signer");
  if (!signer) throw new SignError("sign_pdf_not_signed");
  if (fields.some((f) => f.role === "body")) throw new SignError("sign_pdf_already_body");
  const last = fields[fields.length - 1]!;
  if (last.byteRange && last.byteRange[2] + last.byteRange[3] !== pdf.length) throw new SignError("sign_pdf_changed");
  const [sx, sy, sw, sh] = signer.rect;
  const w = size;
  const h = (size * img.height) / img.width;
  return { page: signer.page, rect: [sx + sw / 3 - w, sy + sh / 2 - h / 2, w, h] };
}

function addToAcroForm(catalog: import("pdf-lib").PDFCatalog, ctx: import("pdf-lib").PDFContext, widget: PDFRef): void {
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

export type { X509Certificate };
