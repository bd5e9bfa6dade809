// Set-up of the crash tests: a data folder with a unit, users, tokens and signing keys, made in this process before `serve` starts.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSigningKey } from "../../src/index.js";
import { signDocument } from "../../src/server/signing.js";
import { openStore, type Store } from "../../src/store/index.js";
import { createDocument, performAction, putSigningKey, type Actor } from "../../src/workflow/index.js";
import { sealImage, signatureImage } from "../helpers/png.js";
import type { Pki } from "../sign/fixtures.js";
import { tokenFor, unit, user } from "./harness.js";

export const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;

export const tempData = (dirs: string[]): string => {
  const d = mkdtempSync(join(tmpdir(), "cadre-crash-"));
  dirs.push(d);
  return d;
};

export async function withStore<T>(dataDir: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export interface Office {
  unitId: string;
  drafter: Actor;
  approver: Actor;
  headers: Record<"drafter" | "approver" | "registrar", Record<string, string>>;
}

/** Unit TH with a drafter, an approver and a registrar (people for the workflow, bearer tokens for HTTP). */
export async function office(store: Store): Promise<Office> {
  const unitId = await unit(store, "TH");
  const drafter: Actor = { userId: await user(store, "TH", "chuyenvien", "drafter"), unitId, roles: ["drafter"] };
  const approver: Actor = { userId: await user(store, "TH", "lanhdao", "approver"), unitId, roles: ["approver"] };
  const headers = { drafter: await tokenFor(store, "TH", "drafter"), approver: await tokenFor(store, "TH", "approver"), registrar: await tokenFor(store, "TH", "registrar") };
  return { unitId, drafter, approver, headers };
}

/** The signer's key for `lanhdao` and the body's key for TH, sealed as `admin key add` keeps them. */
export async function addKeys(store: Store, pki: Pki): Promise<void> {
  const keys = [
    { owner: { user: "lanhdao" }, p12: pki.signerP12, password: "mat-khau-1", image: signatureImage(), role: "signer" as const },
    { owner: { unit: "TH" }, p12: pki.bodyP12, password: "mat-khau-2", image: sealImage(), role: "body" as const },
  ];
  for (const k of keys) {
    const checked = checkSigningKey({ ...k, p12File: "khoa.p12", imageFile: "anh.png" });
    const r = await putSigningKey(store, { userId: "cli:test", unitId: null }, { owner: k.owner, p12: k.p12, password: k.password, image: k.image, ...checked });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
  }
}

/** A draft taken to `approved`, and (sign = true) signed by the approver with the kept key. */
export async function approvedDocument(store: Store, o: Office, sign = false): Promise<string> {
  const d = await createDocument(store, o.drafter, { kind: "rotation-decision", record });
  if (!d.ok) throw new Error("create");
  await performAction(store, o.drafter, d.value.id, "submit");
  await performAction(store, o.approver, d.value.id, "approve");
  if (sign) {
    const s = await signDocument(store, { now: () => new Date() }, o.approver, d.value.id, {});
    if (!s.ok) throw new Error(`sign: ${JSON.stringify(s.issues)}`);
  }
  return d.value.id;
}
