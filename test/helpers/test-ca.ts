// A throw-away certificate authority for signing tests: RSA keys from node:crypto, certificates and PKCS#12 from node-forge.
import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface TestIdentity {
  keyPem: string;
  certPem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

let serial = 1;

function keyPair(): { key: forge.pki.rsa.PrivateKey; pub: forge.pki.rsa.PublicKey; keyPem: string } {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  return { key, pub: forge.pki.setRsaPublicKey(key.n, key.e), keyPem };
}

function issue(cn: string, issuer: TestIdentity | undefined, opts: { from?: Date; to?: Date; ca?: boolean; tsa?: boolean }): TestIdentity {
  const { key, pub, keyPem } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = (serial++).toString(16).padStart(4, "0");
  cert.validity.notBefore = opts.from ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = opts.to ?? new Date(Date.now() + 365 * 86_400_000);
  const attrs = [{ name: "commonName", value: cn, valueTagClass: forge.asn1.Type.UTF8 as never }, { name: "countryName", value: "VN" }, { name: "organizationName", value: "cadre-docs test" }];
  cert.setSubject(attrs);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : attrs);
  cert.setExtensions(
    opts.ca
      ? [{ name: "basicConstraints", cA: true, critical: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true }]
      : [
          { name: "basicConstraints", cA: false },
          { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
          ...(opts.tsa ? [{ name: "extKeyUsage", timeStamping: true, critical: true }] : []),
        ],
  );
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return { keyPem, certPem: forge.pki.certificateToPem(cert), cert, key };
}

export const makeCa = (cn = "cadre-docs Test CA"): TestIdentity => issue(cn, undefined, { ca: true });
export const issueCert = (ca: TestIdentity, cn: string, opts: { from?: Date; to?: Date; tsa?: boolean; ca?: boolean } = {}): TestIdentity => issue(cn, ca, opts);

/** A PKCS#12 file holding the identity's key and its chain. */
export function p12Of(id: TestIdentity, chain: TestIdentity[], password: string, keyOverride?: TestIdentity): Uint8Array {
  const asn = forge.pkcs12.toPkcs12Asn1((keyOverride ?? id).key, [id.cert, ...chain.map((c) => c.cert)], password, { algorithm: "3des" });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), "binary");
}
