// Verifies every signature of a PDF: the digest of its byte ranges, the CMS signature, the certificate, and what came after it.
import { createHash, verify as verifySignature, X509Certificate } from "node:crypto";
import forge from "node-forge";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { SignError } from "../core/index.js";
import { OID, fromDer, toBytes } from "./cms.js";
import { commonName } from "./keys.js";
import { signatureFields } from "./fields.js";
import { tokenInfo } from "./timestamp.js";
import { chainsTo } from "./trust.js";

type Asn1 = forge.asn1.Asn1;

export interface SignatureReport {
  field: string;
  role: "signer" | "body" | "other";
  signer?: string;
  /** The signing time the signature claims (signed attribute), ISO 8601. */
  signedAt?: string;
  /** The digest matches and the signature verifies with the certificate's key. */
  valid: boolean;
  /** The certificate was valid at the signing time. */
  certificateValid: boolean;
  /** Chains to one of the trust anchors given (undefined when none were given). */
  trusted?: boolean;
  /** The signature covers the whole file as it is now. */
  coversWholeFile: boolean;
  /** The RFC 3161 time-stamp's time (PAdES B-T), when the signature carries one. */
  timestamp?: string;
  /** The time-stamp token stamps this signature's value and its own signature verifies. */
  timestampValid?: boolean;
  /** Revisions appended after this signature (another signature counts as one). */
  laterRevisions: number;
  problems: string[];
}

const children = (a: Asn1 | undefined): Asn1[] => (Array.isArray(a?.value) ? (a.value as Asn1[]) : []);
const oidOf = (a: Asn1 | undefined): string => (a && typeof a.value === "string" ? forge.asn1.derToOid(a.value) : "");

/** The messageDigest attribute a CMS carries (what its signer signed). */
export function cmsDigest(cms: Uint8Array): Buffer | undefined {
  try {
    return parseCms(cms).digest;
  } catch {
    return undefined;
  }
}

export interface ParsedCms {
  certs: X509Certificate[];
  attrsDer: Buffer;
  signature: Buffer;
  digest?: Buffer;
  signingTime?: Date;
  serial: string;
  token?: Asn1;
}

export function parseCms(cms: Uint8Array): ParsedCms {
  const root = forge.asn1.fromDer(Buffer.from(cms).toString("binary"), { parseAllBytes: false } as never);
  const signedData = children(children(children(root)[1])[0]);
  const certsNode = signedData.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
  const certs = children(certsNode).map((c) => new X509Certificate(toBytes(c)));
  const signerInfo = children(children(signedData[signedData.length - 1])[0]);
  const attrsNode = signerInfo.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0);
  const attrs = children(attrsNode);
  const attrsDer = toBytes(forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs));
  const value = (type: string): Asn1 | undefined => children(children(attrs.find((a) => oidOf(children(a)[0]) === type))[1])[0];
  const digestNode = value(OID.messageDigest);
  const timeNode = value(OID.signingTime);
  const sigNode = signerInfo.find((n, i) => i > 3 && n.type === forge.asn1.Type.OCTETSTRING && n.tagClass === forge.asn1.Class.UNIVERSAL);
  const sid = children(signerInfo[1]);
  const unsigned = children(signerInfo.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 1));
  const token = children(children(unsigned.find((a) => oidOf(children(a)[0]) === OID.timeStampToken))[1])[0];
  return {
    certs,
    attrsDer,
    signature: Buffer.from(String(sigNode?.value ?? ""), "binary"),
    digest: digestNode ? Buffer.from(String(digestNode.value), "binary") : undefined,
    signingTime: timeNode ? forge.asn1.utcTimeToDate(String(timeNode.value)) : undefined,
    serial: sid[1] ? Buffer.from(String(sid[1].value), "binary").toString("hex").replace(/^0+/, "").toUpperCase() : "",
    token,
  };
}

function checkOne(bytes: Uint8Array, range: [number, number, number, number], contents: Buffer, trust: X509Certificate[] | undefined): Omit<SignatureReport, "field" | "role" | "laterRevisions" | "coversWholeFile"> {
  const problems: string[] = [];
  const [a, b, c, d] = range;
  const digest = createHash("sha256").update(bytes.subarray(a, a + b)).update(bytes.subarray(c, c + d)).digest();
  let cms: ParsedCms;
  try {
    cms = parseCms(contents);
  } catch {
    return { valid: false, certificateValid: false, problems: ["chữ ký số không đọc được (không phải CMS hợp lệ)"] };
  }
  const cert = cms.certs.find((x) => x.serialNumber.replace(/^0+/, "").toUpperCase() === cms.serial) ?? cms.certs[0];
  if (!cert) return { valid: false, certificateValid: false, problems: ["chữ ký số không kèm chứng thư số của người ký"] };
  const digestOk = cms.digest?.equals(digest) ?? false;
  if (!digestOk) problems.push("nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp)");
  const sigOk = verifySignature("sha256", cms.attrsDer, cert.publicKey, cms.signature);
  if (!sigOk) problems.push("chữ ký không khớp với chứng thư số");
  const at = cms.signingTime ?? new Date();
  const certificateValid = at.getTime() >= Date.parse(cert.validFrom) && at.getTime() <= Date.parse(cert.validTo);
  if (!certificateValid) problems.push(`chứng thư số không còn hiệu lực vào thời điểm ký (hiệu lực từ ${cert.validFrom} đến ${cert.validTo})`);
  const trusted = trust ? chainsTo(cert, [...cms.certs, ...trust], trust) : undefined;
  if (trusted === false) problems.push("chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực được tin cậy");
  const stamp = cms.token ? checkTimestamp(cms.token, cms.signature) : undefined;
  if (stamp && !stamp.valid) problems.push("dấu thời gian không khớp với chữ ký hoặc không hợp lệ");
  return { valid: digestOk && sigOk, certificateValid, trusted, signer: commonName(cert), signedAt: cms.signingTime?.toISOString(), timestamp: stamp?.time, timestampValid: stamp?.valid, problems };
}

/** A time-stamp token must stamp the signature value, and its own CMS must verify (TSTInfo digest and TSA signature). */
function checkTimestamp(token: Asn1, signature: Buffer): { time?: string; valid: boolean } {
  const info = tokenInfo(token);
  if (!info) return { valid: false };
  let own: ParsedCms;
  try {
    own = parseCms(toBytes(token));
  } catch {
    return { time: info.genTime.toISOString(), valid: false };
  }
  const tsa = own.certs.find((x) => x.serialNumber.replace(/^0+/, "").toUpperCase() === own.serial) ?? own.certs[0];
  const stamped = info.imprint.equals(createHash("sha256").update(signature).digest());
  const content = own.digest?.equals(createHash("sha256").update(info.eContent).digest()) ?? false;
  const signed = !!tsa && verifySignature("sha256", own.attrsDer, tsa.publicKey, own.signature);
  return { time: info.genTime.toISOString(), valid: stamped && content && signed };
}

/** Every signature of the file, oldest first. */
export async function verifyPdf(bytes: Uint8Array, options: { trust?: X509Certificate[] } = {}): Promise<SignatureReport[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    throw new SignError("sign_pdf_invalid");
  }
  const ends = signatureFields(doc).flatMap((f) => (f.byteRange ? [f.byteRange[2] + f.byteRange[3]] : []));
  return signatureFields(doc)
    .filter((f) => f.sig && f.byteRange)
    .sort((x, y) => x.byteRange![1] - y.byteRange![1])
    .map((f) => {
      const raw = f.sig!.lookup(PDFName.of("Contents"));
      const contents = raw instanceof PDFHexString || raw instanceof PDFString ? Buffer.from(raw.asBytes()) : Buffer.alloc(0);
      const end = f.byteRange![2] + f.byteRange![3];
      const later = revisionsAfter(bytes, end);
      return {
        field: f.name,
        role: f.role,
        coversWholeFile: end === bytes.length,
        laterRevisions: Math.max(later, ends.filter((e) => e > end).length),
        ...checkOne(bytes, f.byteRange!, contents, options.trust),
      };
    });
}

/** How many %%EOF markers (ends of revisions) follow a position. */
function revisionsAfter(bytes: Uint8Array, from: number): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let n = 0;
  for (let at = text.indexOf("%%EOF", from); at >= 0; at = text.indexOf("%%EOF", at + 5)) n++;
  // A signed range ends with its own revision's %%EOF, so every marker after it starts a later revision.
  return n;
}

export { fromDer };
