// PAdES B-T: a time-stamp from a local RFC 3161 responder (openssl ts behind a loopback HTTP server started here).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCert } from "../helpers/test-ca.js";
import { signatureImage } from "../helpers/png.js";
import { loadP12, signPdf, SignError, verifyPdf } from "./api.js";
import { decisionPdf, makePki, toolCheck } from "./fixtures.js";

const openssl = toolCheck("openssl", "RFC 3161 time-stamp tests");
const pki = makePki();
const dir = mkdtempSync(join(tmpdir(), "cadre-tsa-"));
let server: Server;
let url = "";

function tsaConfig(): string {
  const tsa = issueCert(pki.ca, "cadre-docs Test TSA", { tsa: true });
  writeFileSync(join(dir, "tsa.pem"), tsa.certPem);
  writeFileSync(join(dir, "tsa.key"), tsa.keyPem);
  writeFileSync(join(dir, "ca.pem"), pki.ca.certPem);
  writeFileSync(join(dir, "serial"), "01\n");
  const conf = join(dir, "ts.cnf");
  writeFileSync(
    conf,
    ["[ tsa ]", "default_tsa = t", "[ t ]", `serial = ${join(dir, "serial")}`, "crypto_device = builtin", `signer_cert = ${join(dir, "tsa.pem")}`,
      `certs = ${join(dir, "ca.pem")}`, `signer_key = ${join(dir, "tsa.key")}`, "signer_digest = sha256", "default_policy = 1.2.3.4.1",
      "digests = sha256", "accuracy = secs:1", "ordering = yes", "tsa_name = no", "ess_cert_id_chain = no", "ess_cert_id_alg = sha256"].join("\n"),
  );
  return conf;
}

beforeAll(async () => {
  if (!openssl.run) return;
  const conf = tsaConfig();
  let n = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const q = join(dir, `q${++n}.tsq`);
      const r = join(dir, `r${n}.tsr`);
      writeFileSync(q, Buffer.concat(chunks));
      const out = spawnSync("openssl", ["ts", "-reply", "-config", conf, "-queryfile", q, "-out", r], { encoding: "utf8" });
      if (out.status !== 0) {
        res.writeHead(500).end(out.stderr);
        return;
      }
      res.writeHead(200, { "Content-Type": "application/timestamp-reply" }).end(readFileSync(r));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe.runIf(openssl.run)("a time-stamped signature (B-T)", () => {
  it("carries a token over its value that verifies, and pdfsig still accepts the signature", async () => {
    openssl.require();
    const signed = await signPdf(await decisionPdf(), loadP12(pki.signerP12, "mat-khau-1"), { role: "signer", image: signatureImage(), tsaUrl: url });
    const [r] = await verifyPdf(signed);
    expect(r).toMatchObject({ valid: true, timestampValid: true, problems: [] });
    expect(Math.abs(Date.parse(r!.timestamp!) - Date.now())).toBeLessThan(120_000);
    const file = join(dir, "bt.pdf");
    writeFileSync(file, signed);
    if (toolCheck("pdfsig", "pdfsig on B-T").run) expect(spawnSync("pdfsig", [file], { encoding: "utf8" }).stdout).toContain("Signature is Valid.");
  });

  it("an unreachable time-stamp authority: a clear error, nothing signed", async () => {
    const err = await signPdf(await decisionPdf(), loadP12(pki.signerP12, "mat-khau-1"), { role: "signer", image: signatureImage(), tsaUrl: "http://127.0.0.1:9/tsa" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignError);
    expect((err as SignError).code).toBe("sign_tsa_failed");
  });
});
