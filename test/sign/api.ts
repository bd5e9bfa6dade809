// What the signing tests use: the public facade and the message table.
export { loadP12, signPdf, prepareSignature, completeSignature, verifyPdf, cmsDigest, SignError } from "../../src/index.js";
export type { SignCode } from "../../src/index.js";
export { signMessage as signMessageFor } from "../../src/messages/index.js";
