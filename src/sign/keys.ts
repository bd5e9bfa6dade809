// A signer's key and certificate chain from a PKCS#12 file, checked before anything is signed.
import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import forge from "node-forge";
import { SignError } from "../core/index.js";

export interface SigningIdentity {
  key: KeyObject;
  /** The signer's certificate first, then the rest of the chain as found in the file. */
  chain: X509Certificate[];
}

export const certOf = (id: { chain: X509Certificate[] }): X509Certificate => id.chain[0]!;

/** Opens a PKCS#12 file; wrong password, no key, or a key that does not match its certificate are SignErrors. */
export function loadP12(bytes: Uint8Array, password: string, file = "tệp khóa"): SigningIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.util.binary.raw.encode(bytes);
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), false, password);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (process.env.DEBUG_SIGN) console.error(err);
    throw new SignError(/password|MAC/i.test(msg) ? "sign_p12_password" : "sign_p12_invalid", { file });
  }
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = bags(forge.pki.oids.pkcs8ShroudedKeyBag!)[0] ?? bags(forge.pki.oids.keyBag!)[0];
  const certs = bags(forge.pki.oids.certBag!).flatMap((b) => (b.cert ? [new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(b.cert)).getBytes(), "binary"))] : []));
  if (!keyBag?.key || certs.length === 0) throw new SignError("sign_p12_no_key", { file });
  const key = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key));
  const own = certs.find((c) => c.checkPrivateKey(key));
  if (!own) throw new SignError("sign_key_mismatch", { file });
  return { key, chain: [own, ...certs.filter((c) => c !== own)] };
}

/** Refuses a certificate that is not valid at `at` (expired or not yet valid). */
export function checkValidity(cert: X509Certificate, at: Date, file = "tệp khóa"): void {
  const subject = commonName(cert);
  if (at.getTime() > Date.parse(cert.validTo)) throw new SignError("sign_cert_expired", { file, subject, until: cert.validTo });
  if (at.getTime() < Date.parse(cert.validFrom)) throw new SignError("sign_cert_not_yet_valid", { file, subject, from: cert.validFrom });
}

/** The certificate's CN (or the whole subject when it has none). */
export function commonName(cert: X509Certificate): string {
  const cn = cert.subject.split("\n").find((l) => l.startsWith("CN="));
  return cn ? cn.slice(3) : cert.subject.replace(/\n/g, ", ");
}
