// Trust anchors: root certificates read from PEM, and whether a certificate chains up to one of them.
import { X509Certificate } from "node:crypto";

/** Every certificate of a PEM text (empty when it holds none). */
export function parseTrustAnchors(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((b) => new X509Certificate(b));
}

/** `cert` is an anchor, or is issued (and signed) by certificates of `pool` up to an anchor, within 8 steps. */
export function chainsTo(cert: X509Certificate, pool: readonly X509Certificate[], anchors: readonly X509Certificate[]): boolean {
  let current = cert;
  for (let depth = 0; depth < 8; depth++) {
    if (anchors.some((t) => t.fingerprint256 === current.fingerprint256)) return true;
    const issuer = pool.find((p) => p.fingerprint256 !== current.fingerprint256 && current.checkIssued(p) && current.verify(p.publicKey));
    if (!issuer) return false;
    current = issuer;
  }
  return false;
}
