// The electronic route's two signatures: `sign` (the approver's key and image on the PDF/A with number and date open) and
// `number` of a signed document (the unit's key and seal, the number and date written in, an incremental update).
import { checkSigningKey, loadP12, renderDocument, signPdf, SignError, type Issue, type Result, type SigningIdentity } from "../index.js";
import { signMessage } from "../messages/index.js";
import { crashPoint, type Store } from "../store/index.js";
import {
  bodySignaturesDue, getDocument, getSigningKey, performAction, storeBodySignature,
  type Actor, type BodySignatureDue, type CommitWith, type DocumentView, type SigningKey,
} from "../workflow/index.js";
import type { RenderSettings } from "./doc-files.js";

export const refusal = (code: Issue["code"], params: Record<string, string | number> = {}): Result<never> =>
  ({ ok: false, issues: [{ code, path: [], params, severity: "error" }] });

/** A SignError (wrong password, expired certificate, …) as the workflow's refusal with the signing library's Vietnamese text. */
export function signRefusal(err: unknown): Result<never> {
  if (!(err instanceof SignError)) throw err;
  return refusal("signing_refused", { detail: signMessage(err.code, err.params), reason: err.code });
}

/** Opens the kept key after the checks `admin key add` made (the certificate may have expired since). */
async function identityOf(key: SigningKey, role: "signer" | "body", at: Date): Promise<SigningIdentity> {
  const file = role === "signer" ? "khóa ký số của người ký" : "khóa ký số của cơ quan";
  checkSigningKey({ ...key, p12File: file, imageFile: role === "signer" ? "ảnh chữ ký" : "ảnh dấu", role }, at);
  return loadP12(key.p12, key.password, file);
}

/** The kept signed PDF of a document (the signer's revision), or undefined. */
async function signedPdf(store: Store, id: string): Promise<Uint8Array | undefined> {
  const row = await store.db.selectFrom("document_files").select("sha256").where("document_id", "=", id).where("format", "=", "pdf").where("signed", "=", 1).executeTakeFirst();
  return row ? store.files.get(row.sha256) : undefined;
}

/** The PDF/A the signer signs: no number, the day and month of the date left open for the registrar. */
export async function renderToSign(d: DocumentView, settings: RenderSettings, at: Date): Promise<Result<Uint8Array>> {
  const { number: _n, ...record } = d.record;
  const r = await renderDocument(record, { formats: ["pdf"], fonts: settings.fonts, now: () => at, pdfa: true, openDate: true });
  return r.ok ? { ok: true, value: r.value.files.pdf!, issues: r.issues } : r;
}

/**
 * approved → signed: renders the PDF/A with the number and the day and month open, signs it with the acting approver's key and
 * image, then makes the transition (If-Match or the revision read, so a document edited meanwhile is not signed) and keeps the PDF.
 */
export async function signDocument(store: Store, settings: RenderSettings, actor: Actor, id: string, o: { etag?: string; commitWith?: CommitWith }): Promise<Result<DocumentView>> {
  const { etag, commitWith } = o;
  const found = await getDocument(store, actor, id);
  if (!found.ok) return found;
  const d = found.value;
  const at = settings.now();
  // Role and state refusals come from the workflow, in its order.
  if (!d.allowedActions.includes("sign")) return performAction(store, actor, id, "sign", { etag, now: at, commitWith });
  const key = await getSigningKey(store, { userId: actor.userId });
  if (!key) return refusal("signing_key_missing", { owner: "user" });
  let pdf: Uint8Array;
  try {
    const identity = await identityOf(key, "signer", at);
    const r = await renderToSign(d, settings, at);
    if (!r.ok) return r;
    pdf = await signPdf(r.value, identity, { role: "signer", image: key.image, imageFile: "ảnh chữ ký", at });
  } catch (err) {
    return signRefusal(err);
  }
  // The signed PDF and the transition commit together: a signed document always has its signed PDF.
  const kept = await store.files.put(pdf);
  return performAction(store, actor, id, "sign", { etag: etag ?? d.etag, now: at, commitWith, files: [{ format: "pdf", ...kept, signed: true }] });
}

/**
 * number on a signed document: the unit's key is checked first (no key, nothing numbered), then the register gives the number
 * and date, and the body's signature writes them into the signer's PDF as an incremental update, kept as the final PDF.
 * Should the process stop between the two, the document is owed its body signature: `completeBodySignature` (at start
 * and on the next read of its PDF) makes it then.
 */
export async function numberSigned(store: Store, settings: RenderSettings, actor: Actor, d: DocumentView, o: { etag?: string; registerId?: string; commitWith?: CommitWith }): Promise<Result<DocumentView>> {
  const at = settings.now();
  const key = await getSigningKey(store, { unitId: actor.unitId });
  if (!key) return refusal("signing_key_missing", { owner: "unit" });
  try {
    await identityOf(key, "body", at);
  } catch (err) {
    return signRefusal(err);
  }
  if (!(await signedPdf(store, d.id))) throw new Error(`document ${d.id} is signed but its signed PDF is missing`);
  const numbered = await performAction(store, actor, d.id, "number", { etag: o.etag, registerId: o.registerId, commitWith: o.commitWith, now: at });
  if (!numbered.ok) return numbered;
  crashPoint("number-signed-committed");
  const [due] = await bodySignaturesDue(store, { documentId: d.id });
  // After the number is committed a refusal here would leave it without the body's signature: the checks above make that a bug.
  const done = due ? await completeBodySignature(store, settings, actor, due, { recovered: false }) : undefined;
  if (done && !done.ok) throw new Error(`document ${d.id} numbered but not signed by the body: ${JSON.stringify(done.issues)}`);
  return numbered;
}

/**
 * The body's signature owed by a numbered document: the unit's key and seal, the number and date written into the
 * signer's PDF as an incremental update, kept in place of the signer's PDF unless another process did it first.
 */
export async function completeBodySignature(store: Store, settings: RenderSettings, actor: Actor, due: BodySignatureDue, o: { recovered: boolean }): Promise<Result<boolean>> {
  const at = settings.now();
  const key = await getSigningKey(store, { unitId: due.unitId });
  if (!key) return refusal("signing_key_missing", o.recovered ? { owner: "unit", owed: 1 } : { owner: "unit" });
  const signed = await store.files.get(due.signedSha256);
  if (!signed) throw new Error(`document ${due.id}: the signer's PDF ${due.signedSha256} is missing from the file store`);
  const [, month, day] = due.issuedDate.split("-").map(Number);
  let pdf: Uint8Array;
  try {
    const identity = await identityOf(key, "body", at);
    pdf = await signPdf(signed, identity, { role: "body", image: key.image, imageFile: "ảnh dấu", number: due.number, date: { day: day!, month: month! }, at });
  } catch (err) {
    return signRefusal(err);
  }
  return storeBodySignature(store, actor, due, pdf, { now: at, recovered: o.recovered });
}

/** Who completes a body signature owed after a crash: the service itself, as the unit's registrar. */
export const recoveryActor = (unitId: string): Actor => ({ userId: "system:recovery", unitId, roles: ["registrar"] });

/** Completes every body signature owed (at start: what a crash between numbering and signing left); answers what stays owed. */
export async function completeOwedBodySignatures(store: Store, settings: RenderSettings, log: { error(o: object, m: string): void }): Promise<{ completed: number; owed: number }> {
  let completed = 0;
  let owed = 0;
  for (const due of await bodySignaturesDue(store)) {
    const r = await completeBodySignature(store, settings, recoveryActor(due.unitId), due, { recovered: true });
    if (r.ok) completed++;
    else {
      owed++;
      log.error({ document: due.id, issues: r.issues }, "numbered document still lacks the body's signature");
    }
  }
  return { completed, owed };
}

/** Before a numbered signed document's PDF is served: a body signature a crash left owed is made now (by whichever process reads first). */
export async function settleBodySignature(store: Store, settings: RenderSettings, d: DocumentView): Promise<Result<void>> {
  if (!["numbered", "issued", "revoked"].includes(d.state)) return { ok: true, value: undefined, issues: [] };
  const [due] = await bodySignaturesDue(store, { documentId: d.id });
  if (!due) return { ok: true, value: undefined, issues: [] };
  const r = await completeBodySignature(store, settings, recoveryActor(d.unitId), due, { recovered: true });
  return r.ok ? { ok: true, value: undefined, issues: [] } : r;
}
