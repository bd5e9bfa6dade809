// The signer's signature made outside the service (a USB token, a remote signing service): prepare gives the digest and a
// handle, complete takes the CMS, checks it and signs the document as the `sign` action does.
import { createHmac, timingSafeEqual } from "node:crypto";
import { checkExternalCms, cmsDigest, completeSignature, prepareSignature, type Result } from "../index.js";
import type { Store } from "../store/index.js";
import { actionRefusal, getDocument, getSigningKey, performAction, serverSecret, type Actor, type CommitWith, type DocumentView } from "../workflow/index.js";
import type { RenderSettings } from "./doc-files.js";
import { refusal, renderToSign, signRefusal } from "./signing.js";

/** How long a prepared signature waits for its CMS (a remote signing service may ask the signer on a phone first). */
export const HANDLE_TTL_MS = 60 * 60_000;

interface Handle {
  /** document id, its ETag when prepared, the preparing user */
  d: string;
  e: string;
  u: string;
  /** the prepared PDF in the file store, the CMS's place in it, the digest to sign (hex), expiry (ms) */
  s: string;
  c: [number, number];
  g: string;
  x: number;
}

export interface PreparedForDevice {
  handle: string;
  digest: string;
  digestBase64: string;
  signedBytes: string;
  etag: string;
  expiresAt: string;
}

const handleKey = (store: Store): Buffer => createHmac("sha256", serverSecret(store.dataDir)).update("cadre-docs external signing handle v1").digest();
const mac = (store: Store, body: string): Buffer => createHmac("sha256", handleKey(store)).update(body).digest();

/** A handle is the prepared facts under the server's MAC: nothing is stored until the CMS comes back. */
function sealHandle(store: Store, h: Handle): string {
  const body = Buffer.from(JSON.stringify(h)).toString("base64url");
  return `${body}.${mac(store, body).toString("base64url")}`;
}

function openHandle(store: Store, token: string, id: string, actor: Actor, now: Date): Result<Handle> {
  const [body = "", tag = ""] = token.split(".");
  const given = Buffer.from(tag, "base64url");
  const good = mac(store, body);
  const h = given.length === good.length && timingSafeEqual(given, good) ? (JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Handle) : undefined;
  if (!h || h.d !== id || h.u !== actor.userId) return refusal("signing_handle_invalid", { reason: "other" });
  if (now.getTime() > h.x) return refusal("signing_handle_invalid", { reason: "expired", minutes: HANDLE_TTL_MS / 60_000 });
  return { ok: true, value: h, issues: [] };
}

async function signable(store: Store, actor: Actor, id: string): Promise<Result<DocumentView>> {
  const found = await getDocument(store, actor, id);
  if (!found.ok) return found;
  const refused = actionRefusal(found.value.state, actor, "sign");
  return refused ? { ok: false, issues: [refused] } : found;
}

/**
 * approved, an approver: renders the PDF/A to sign (number and date open), places the signer's image (sent, else the
 * one kept with the signer's key) and reserves the signature's place; answers the digest and bytes to sign and a handle.
 */
export async function prepareExternal(store: Store, settings: RenderSettings, actor: Actor, id: string, image?: Uint8Array): Promise<Result<PreparedForDevice>> {
  const found = await signable(store, actor, id);
  if (!found.ok) return found;
  const d = found.value;
  const picture = image ?? (await getSigningKey(store, { userId: actor.userId }))?.image;
  if (!picture) return refusal("signing_image_missing");
  const at = settings.now();
  let prepared;
  try {
    const pdf = await renderToSign(d, settings, at);
    if (!pdf.ok) return pdf;
    prepared = await prepareSignature(pdf.value, { role: "signer", image: picture, imageFile: image ? "ảnh chữ ký gửi kèm" : "ảnh chữ ký", at });
  } catch (err) {
    return signRefusal(err);
  }
  const kept = await store.files.put(prepared.pdf);
  const expires = at.getTime() + HANDLE_TTL_MS;
  const handle = sealHandle(store, { d: id, e: d.etag, u: actor.userId, s: kept.sha256, c: [prepared.contents.start, prepared.contents.end], g: prepared.digest.toString("hex"), x: expires });
  return {
    ok: true, issues: [],
    value: {
      handle, digest: prepared.digest.toString("hex"), digestBase64: prepared.digest.toString("base64"), signedBytes: prepared.signedBytes.toString("base64"),
      etag: d.etag, expiresAt: new Date(expires).toISOString(),
    },
  };
}

/**
 * The CMS for a prepared handle: checked (digest, its signature, the certificate's validity now and when signed), put in
 * the prepared PDF, and the document signed with it as `sign` does: transition, signed PDF and audit in one transaction,
 * refused when the document changed since it was prepared.
 */
export async function completeExternal(
  store: Store, settings: RenderSettings, actor: Actor, id: string, input: { handle: string; cms: Uint8Array }, commitWith?: CommitWith,
): Promise<Result<DocumentView>> {
  const at = settings.now();
  const opened = openHandle(store, input.handle, id, actor, at);
  if (!opened.ok) return opened;
  const h = opened.value;
  const found = await signable(store, actor, id);
  if (!found.ok) return found;
  const pdf = await store.files.get(h.s);
  if (!pdf) return refusal("signing_handle_invalid", { reason: "other" });
  const digest = Buffer.from(h.g, "hex");
  let signed: Uint8Array;
  let signer;
  try {
    signer = checkExternalCms(input.cms, digest, at, settings.trust);
    signed = completeSignature({ pdf, digest, signedBytes: Buffer.alloc(0), contents: { start: h.c[0], end: h.c[1] } }, input.cms, cmsDigest);
  } catch (err) {
    return signRefusal(err);
  }
  const kept = await store.files.put(signed);
  return performAction(store, actor, id, "sign", {
    etag: h.e, now: at, commitWith, files: [{ format: "pdf", ...kept, signed: true }],
    auditDetail: { route: "external", signer: signer.subject, certSha256: signer.certSha256, ...(signer.signedAt ? { signedAt: signer.signedAt } : {}) },
  });
}
