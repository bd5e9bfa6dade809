// Checks a key and image before they are kept for later signing: the .p12 opens, matches, is valid now; the image fits its role.
import { createHash } from "node:crypto";
import { checkValidity, commonName, loadP12 } from "./keys.js";
import { checkImage } from "./png.js";

export interface CheckedKey {
  subject: string;
  validTo: string;
  /** SHA-256 of the signer's certificate (DER), hex: names the key in lists and the audit without revealing it. */
  certSha256: string;
}

/** Throws the SignError a signature would throw (wrong password, mismatch, expired, not PNG, opaque seal); nothing else is done. */
export function checkSigningKey(
  k: { p12: Uint8Array; password: string; image: Uint8Array; p12File: string; imageFile: string; role: "signer" | "body" },
  at: Date = new Date(),
): CheckedKey {
  const id = loadP12(k.p12, k.password, k.p12File);
  const cert = id.chain[0]!;
  checkValidity(cert, at, k.p12File);
  checkImage(k.image, k.imageFile, k.role === "signer" ? "signature" : "seal");
  return { subject: commonName(cert), validTo: new Date(cert.validTo).toISOString(), certSha256: createHash("sha256").update(cert.raw).digest("hex") };
}
