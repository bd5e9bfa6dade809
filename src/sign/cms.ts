// CMS SignedData for PDF signatures (PAdES B-B): detached SHA-256, signed attributes with ESS signingCertificateV2.
import { createHash, createSign, type KeyObject, type X509Certificate } from "node:crypto";
import forge from "node-forge";
import { requestTimestamp } from "./timestamp.js";

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

export const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  timeStampToken: "1.2.840.113549.1.9.16.2.14",
} as const;

const seq = (items: Asn1[]): Asn1 => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: Asn1[]): Asn1 => asn1.create(U, T.SET, true, items);
const oid = (o: string): Asn1 => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const octets = (b: Uint8Array): Asn1 => asn1.create(U, T.OCTETSTRING, false, Buffer.from(b).toString("binary"));
const int = (n: number): Asn1 => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = (): Asn1 => asn1.create(U, T.NULL, false, "");
const fromDer = (b: Uint8Array): Asn1 => asn1.fromDer(Buffer.from(b).toString("binary"));
const toBytes = (a: Asn1): Buffer => Buffer.from(asn1.toDer(a).getBytes(), "binary");
const attr = (type: string, value: Asn1): Asn1 => seq([oid(type), set([value])]);

/** The issuer and serial number of a certificate, as CMS names its signer. */
function issuerAndSerial(cert: X509Certificate): Asn1 {
  const tbs = (fromDer(cert.raw).value as Asn1[])[0]!.value as Asn1[];
  // tbsCertificate: [0] version, serialNumber, signature, issuer, …
  const hasVersion = tbs[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC;
  const serial = tbs[hasVersion ? 1 : 0]!;
  const issuer = tbs[hasVersion ? 3 : 2]!;
  return seq([issuer, serial]);
}

/** The signed attributes: content type, the digest of the signed bytes, signing time, and the signer's certificate hash. */
export function signedAttributes(digest: Uint8Array, cert: X509Certificate, at: Date): Asn1[] {
  const certHash = createHash("sha256").update(cert.raw).digest();
  // ESSCertIDv2 with the default hash algorithm (SHA-256) omitted, plus the issuer serial.
  const essCertId = seq([octets(certHash)]);
  return [
    attr(OID.contentType, oid(OID.data)),
    attr(OID.signingTime, asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(at))),
    attr(OID.messageDigest, octets(digest)),
    attr(OID.signingCertificateV2, seq([seq([essCertId])])),
  ];
}

/** DER of the signed attributes as a SET: the bytes the signer's key signs. */
export const signedAttributesDer = (attrs: Asn1[]): Buffer => toBytes(set(attrs));

/** Assembles ContentInfo(SignedData) around a signature made over the signed attributes. */
export function assembleCms(attrs: Asn1[], signature: Uint8Array, chain: X509Certificate[], unsigned: Asn1[] = []): Buffer {
  const alg = (o: string) => seq([oid(o), nul()]);
  const signerInfo = seq([
    int(1),
    issuerAndSerial(chain[0]!),
    alg(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs),
    alg(OID.rsaEncryption),
    octets(signature),
    ...(unsigned.length ? [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, unsigned)] : []),
  ]);
  const signedData = seq([
    int(1),
    set([alg(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, chain.map((c) => fromDer(c.raw))),
    set([signerInfo]),
  ]);
  return toBytes(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

/** Signs a digest of the PDF's signed ranges with a key in this process (PKCS#1 v1.5, SHA-256): PAdES B-B. */
export function signDigest(digest: Uint8Array, key: KeyObject, chain: X509Certificate[], at: Date): Buffer {
  const attrs = signedAttributes(digest, chain[0]!, at);
  return assembleCms(attrs, createSign("sha256").update(signedAttributesDer(attrs)).sign(key), chain);
}

/** As signDigest, with a time-stamp token over the signature value from the TSA at `tsaUrl`: PAdES B-T. */
export async function signDigestTimestamped(digest: Uint8Array, key: KeyObject, chain: X509Certificate[], at: Date, tsaUrl: string): Promise<Buffer> {
  const attrs = signedAttributes(digest, chain[0]!, at);
  const signature = createSign("sha256").update(signedAttributesDer(attrs)).sign(key);
  const token = await requestTimestamp(signature, tsaUrl);
  return assembleCms(attrs, signature, chain, [attr(OID.timeStampToken, token)]);
}

export { fromDer, toBytes, attr };
