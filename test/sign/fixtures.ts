// Shared set-up of the signing tests: a rendered decision, a test CA with a signer and a body, images, tool checks.
import { spawnSync } from "node:child_process";
import { expect } from "vitest";
import { renderDocument } from "../../src/index.js";
import { FIXED_NOW, loadRecord } from "../helpers/samples.js";
import { issueCert, makeCa, p12Of, type TestIdentity } from "../helpers/test-ca.js";

export const onPath = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const required = process.env.CADRE_REQUIRE_TOOLS === "1";

/** A check that needs a Debian tool: skipped with a notice when it is missing, failed when CADRE_REQUIRE_TOOLS=1. */
export function toolCheck(tool: string, what: string): { run: boolean; require(): void } {
  const present = onPath(tool);
  if (!present && !required) console.warn(`${what} skipped: ${tool} not installed`);
  return {
    run: present || required,
    require() {
      if (!present) expect.fail(`${tool} is not on PATH and CADRE_REQUIRE_TOOLS=1`);
    },
  };
}

export async function decisionPdf(pdfa = true): Promise<Uint8Array> {
  const r = await renderDocument(loadRecord("inputs/nd30/dieu-dong-mot-nguoi.json"), { formats: ["pdf"], now: FIXED_NOW, pdfa });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.files.pdf!;
}

export interface Pki {
  ca: TestIdentity;
  signer: TestIdentity;
  body: TestIdentity;
  signerP12: Uint8Array;
  bodyP12: Uint8Array;
}

export function makePki(): Pki {
  const ca = makeCa();
  const signer = issueCert(ca, "Bùi Thanh Tùng");
  const body = issueCert(ca, "Ủy ban nhân dân tỉnh Thanh Hóa");
  return { ca, signer, body, signerP12: p12Of(signer, [ca], "mat-khau-1"), bodyP12: p12Of(body, [ca], "mat-khau-2") };
}
