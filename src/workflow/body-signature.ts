// Numbered signed documents whose kept PDF is still the signer's (the body's signature not yet stored), and storing it once.
import { fail, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store } from "../store/index.js";
import { loadDocument } from "./access.js";
import { appendAudit } from "./audit.js";
import type { Actor } from "./types.js";

/** A numbered (issued, revoked) document whose signed PDF was kept before its number: the body's signature is owed. */
export interface BodySignatureDue {
  id: string;
  unitId: string;
  number: number;
  /** The issue date written into the paper (yyyy-mm-dd, Vietnam's calendar). */
  issuedDate: string;
  /** The revision the number was given at: the body-signed PDF shows it. */
  numberRevision: number;
  /** The signer's PDF in the file store. */
  signedSha256: string;
}

/**
 * Documents past numbering whose signed PDF is older than their number: the number committed and the process stopped
 * (crash, kill) before the body's signature was stored. `documentId` narrows the search to one document.
 */
export async function bodySignaturesDue(store: Store, o: { documentId?: string; limit?: number } = {}): Promise<BodySignatureDue[]> {
  let q = store.db.selectFrom("documents as d")
    .innerJoin("document_files as f", (j) => j.onRef("f.document_id", "=", "d.id").on("f.format", "=", "pdf").on("f.signed", "=", 1))
    .innerJoin("document_history as h", (j) => j.onRef("h.document_id", "=", "d.id").on("h.action", "=", "number"))
    .select(["d.id", "d.unit_id", "d.number", "d.issued_date", "h.revision as number_revision", "f.sha256"])
    .where("d.state", "in", ["numbered", "issued", "revoked"])
    .whereRef("f.revision", "<", "h.revision")
    .orderBy("d.id")
    .limit(o.limit ?? 1000);
  if (o.documentId) q = q.where("d.id", "=", o.documentId);
  const rows = await q.execute();
  return rows.filter((r) => r.number !== null && r.issued_date !== null).map((r) => ({
    id: r.id, unitId: r.unit_id, number: Number(r.number), issuedDate: r.issued_date!, numberRevision: Number(r.number_revision), signedSha256: r.sha256,
  }));
}

/**
 * Keeps the body-signed PDF in place of the signer's, only if the signer's is still the kept one (compare-and-set): two
 * processes completing the same document store one file, and the later learns it lost (`false`). A completion after a
 * crash (`recovered`) is an audit entry of its own; the number's entry covers the ordinary case.
 */
export async function storeBodySignature(
  store: Store, actor: Actor, due: BodySignatureDue, pdf: Uint8Array, o: { now?: Date; recovered?: boolean } = {},
): Promise<Result<boolean>> {
  const kept = await store.files.put(pdf);
  const at = o.now ?? new Date();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const found = await loadDocument(tx, store.dialect, actor, due.id, true);
    if (!found.ok) return fail(found.issues);
    const r = await tx.updateTable("document_files")
      .set({ sha256: kept.sha256, size: kept.size, revision: due.numberRevision, created_at: at.toISOString(), signed: 1 })
      .where("document_id", "=", due.id).where("format", "=", "pdf").where("sha256", "=", due.signedSha256)
      .executeTakeFirst();
    const replaced = Number(r.numUpdatedRows) === 1;
    if (replaced && o.recovered) {
      await appendAudit(tx, store.dialect, {
        at, userId: actor.userId, unitId: actor.unitId, action: "body_sign_recovered", documentId: due.id, beforeHash: due.signedSha256, afterHash: kept.sha256,
        detail: { number: due.number, date: due.issuedDate, numberRevision: due.numberRevision },
      });
    }
    return ok(replaced);
  });
}
