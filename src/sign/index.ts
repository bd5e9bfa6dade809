// Signatures and archival PDFs: bytes in, bytes out (keys, images, incremental updates, verification).
export { loadP12, checkValidity, commonName } from "./keys.js";
export type { SigningIdentity } from "./keys.js";
export { signPdf, prepareSignature, completeSignature } from "./sign-pdf.js";
export type { SignOptions, SignRole, PreparedSignature } from "./sign-pdf.js";
export { verifyPdf, cmsDigest } from "./verify.js";
export { checkExternalCms } from "./external.js";
export { chainsTo, parseTrustAnchors } from "./trust.js";
export type { ExternalSigner } from "./external.js";
export { checkSigningKey } from "./check-key.js";
export type { CheckedKey } from "./check-key.js";
export type { SignatureReport } from "./verify.js";
