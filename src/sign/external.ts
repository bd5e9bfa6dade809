// Checks a CMS made outside this process (a USB token, a remote signing service) before it goes into a prepared PDF.
import { createHash, verify as verifySignature, type KeyObject, type X509Certificate } from "node:crypto";
import { SignError } from "../core/index.js";
import { checkValidity, commonName } from "./keys.js";
import { SIGNATURE_BYTES } from "./revision.js";
import { chainsTo } from "./trust.js";
import { parseCms, type ParsedCms } from "./verify.js";

export interface ExternalSigner {
  /** The signer's certificate CN. */
  subject: string;
  /** SHA-256 of the signer's certificate (DER), hex. */
  certSha256: string;
  /** The signing time the CMS claims, ISO 8601. */
  signedAt?: string;
}

const WHAT = "chữ ký số nhận về";

/** The signed attributes verify with the certificate's key (a key or signature of a kind node cannot read: false). */
function verifies(parsed: ParsedCms, key: KeyObject): boolean {
  try {
    return verifySignature("sha256", parsed.attrsDer, key, parsed.signature);
  } catch {
    return false;
  }
}

/**
 * The CMS must fit the place reserved for it, be a SignedData whose `messageDigest` is the prepared digest, verify with
 * its signer's certificate, and that certificate must be valid now and at the signing time it claims. Throws the
 * SignError a clerk reads (nothing is put in the file otherwise). Trust in the issuing CA is not judged here.
 */
export function checkExternalCms(cms: Uint8Array, digest: Buffer, at: Date, trust?: readonly X509Certificate[]): ExternalSigner {
  if (cms.length === 0) throw new SignError("sign_external_invalid");
  if (cms.length > SIGNATURE_BYTES) throw new SignError("sign_external_too_large", { size: cms.length, max: SIGNATURE_BYTES });
  let parsed: ParsedCms;
  try {
    parsed = parseCms(cms);
  } catch {
    throw new SignError("sign_external_invalid");
  }
  const cert = parsed.certs.find((c) => c.serialNumber.replace(/^0+/, "").toUpperCase() === parsed.serial) ?? parsed.certs[0];
  if (!cert) throw new SignError("sign_external_invalid");
  if (!parsed.digest?.equals(digest)) throw new SignError("sign_external_mismatch");
  if (!verifies(parsed, cert.publicKey)) throw new SignError("sign_external_invalid");
  checkValidity(cert, at, WHAT);
  if (parsed.signingTime) checkValidity(cert, parsed.signingTime, WHAT);
  // Trust anchors configured: the certificate must chain up to one (its own chain from the CMS may fill the gap).
  if (trust?.length && !chainsTo(cert, [...parsed.certs, ...trust], trust)) throw new SignError("sign_external_untrusted", { signer: commonName(cert) });
  return { subject: commonName(cert), certSha256: createHash("sha256").update(cert.raw).digest("hex"), signedAt: parsed.signingTime?.toISOString() };
}
