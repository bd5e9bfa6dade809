// RFC 3161 time-stamps: a token from a time-stamp authority over the signature value makes a B-B signature B-T.
import { createHash, randomBytes } from "node:crypto";
import forge from "node-forge";
import { SignError } from "../core/index.js";

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const SHA256 = "2.16.840.1.101.3.4.2.1";
const TIMEOUT_MS = 15_000;

const children = (a: Asn1 | undefined): Asn1[] => (Array.isArray(a?.value) ? (a.value as Asn1[]) : []);
const bin = (b: Uint8Array): string => Buffer.from(b).toString("binary");

/** TimeStampReq for the SHA-256 of the signature value, asking for the TSA's certificate. */
export function timestampRequest(signature: Uint8Array): Buffer {
  const imprint = createHash("sha256").update(signature).digest();
  const nonce = randomBytes(8);
  nonce[0] = nonce[0]! & 0x7f;
  const req = asn1.create(U, asn1.Type.SEQUENCE, true, [
    asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(1).getBytes()),
    asn1.create(U, asn1.Type.SEQUENCE, true, [
      asn1.create(U, asn1.Type.SEQUENCE, true, [asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(SHA256).getBytes()), asn1.create(U, asn1.Type.NULL, false, "")]),
      asn1.create(U, asn1.Type.OCTETSTRING, false, bin(imprint)),
    ]),
    asn1.create(U, asn1.Type.INTEGER, false, bin(nonce)),
    asn1.create(U, asn1.Type.BOOLEAN, false, String.fromCharCode(0xff)),
  ]);
  return Buffer.from(asn1.toDer(req).getBytes(), "binary");
}

/** Asks the TSA at `url` and returns the token (a CMS ContentInfo) from a granted response. */
export async function requestTimestamp(signature: Uint8Array, url: string): Promise<Asn1> {
  let body: Buffer;
  try {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/timestamp-query" }, body: timestampRequest(signature), signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw new SignError("sign_tsa_failed", { url, reason: err instanceof Error ? err.message : String(err) });
  }
  let resp: Asn1;
  try {
    resp = asn1.fromDer(bin(body));
  } catch {
    throw new SignError("sign_tsa_failed", { url, reason: "câu trả lời không phải TimeStampResp" });
  }
  const [status, token] = children(resp);
  const code = asn1.derToInteger(String(children(status)[0]?.value ?? "\u0002"));
  if ((code !== 0 && code !== 1) || !token) throw new SignError("sign_tsa_failed", { url, reason: `máy chủ từ chối (trạng thái ${code})` });
  return token;
}

/** The TSTInfo of a token: its time and the imprint it stamped. */
export function tokenInfo(token: Asn1): { genTime: Date; imprint: Buffer; eContent: Buffer } | undefined {
  const signedData = children(children(children(token)[1])[0]);
  const encap = children(signedData[2]);
  const octets = children(encap[1])[0];
  if (!octets || typeof octets.value !== "string") return undefined;
  const tst = children(asn1.fromDer(octets.value));
  const imprint = children(tst[2])[1];
  const time = tst.find((n) => n.type === asn1.Type.GENERALIZEDTIME);
  if (!imprint || !time) return undefined;
  return { genTime: asn1.generalizedTimeToDate(String(time.value)), imprint: Buffer.from(String(imprint.value), "binary"), eContent: Buffer.from(octets.value, "binary") };
}
