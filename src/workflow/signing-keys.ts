// Signing keys at rest: a user's (the signer's) or a unit's (the body's) PKCS#12 and image; the .p12 and its password sealed, every change audited.
import { fail, issue, ok, type Result } from "../core/index.js";
import { writeTransaction, type Store } from "../store/index.js";
import { appendAudit } from "./audit.js";
import type { AdminBy } from "./admin.js";
import { seal, serverSecret, unseal } from "./key-vault.js";

export type KeyOwner = { user: string } | { unit: string };

export interface NewSigningKey {
  /** The username (signer) or the unit's code (issuing body). */
  owner: KeyOwner;
  p12: Uint8Array;
  password: string;
  image: Uint8Array;
  /** What the signing library read from the checked certificate (for lists and the audit; never the key). */
  subject: string;
  validTo: string;
  certSha256: string;
}

export interface SigningKey {
  p12: Buffer;
  password: string;
  image: Buffer;
  subject: string;
}

/** Stores (or replaces) the owner's key, sealed under the server secret; the audit names the owner and certificate only. */
export async function putSigningKey(store: Store, by: AdminBy, k: NewSigningKey): Promise<Result<{ owner: string; replaced: boolean }>> {
  const secret = serverSecret(store.dataDir);
  const at = (by.now ?? new Date()).toISOString();
  return writeTransaction(store.db, store.dialect, async (tx) => {
    let owner: string;
    let unitId: string;
    if ("user" in k.owner) {
      const u = await tx.selectFrom("users").select(["id", "unit_id"]).where("username", "=", k.owner.user).executeTakeFirst();
      if (!u) return fail([issue("unknown_reference", [], { what: "user", value: k.owner.user })]);
      [owner, unitId] = [`user:${u.id}`, u.unit_id];
    } else {
      const u = await tx.selectFrom("units").select(["id"]).where("code", "=", k.owner.unit).executeTakeFirst();
      if (!u) return fail([issue("unknown_reference", [], { what: "unit", value: k.owner.unit })]);
      [owner, unitId] = [`unit:${u.id}`, u.id];
    }
    const row = {
      owner, unit_id: unitId, p12_sealed: seal(secret, k.p12, `${owner}:p12`), password_sealed: seal(secret, Buffer.from(k.password, "utf8"), `${owner}:password`),
      image: Buffer.from(k.image), subject: k.subject, valid_to: k.validTo, cert_sha256: k.certSha256, created_at: at, created_by: by.userId,
    };
    const replaced = (await tx.deleteFrom("signing_keys").where("owner", "=", owner).executeTakeFirst()).numDeletedRows > 0n;
    await tx.insertInto("signing_keys").values(row).execute();
    await appendAudit(tx, store.dialect, {
      at: by.now ?? new Date(), userId: by.userId, unitId: by.unitId, action: replaced ? "key_replace" : "key_add",
      detail: { owner, subject: k.subject, validTo: k.validTo, certSha256: k.certSha256 },
    });
    return ok({ owner, replaced });
  });
}

/** The owner's key opened with the server secret, or undefined when none is stored. */
export async function getSigningKey(store: Store, owner: { userId: string } | { unitId: string }): Promise<SigningKey | undefined> {
  const id = "userId" in owner ? `user:${owner.userId}` : `unit:${owner.unitId}`;
  const row = await store.db.selectFrom("signing_keys").selectAll().where("owner", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const secret = serverSecret(store.dataDir);
  return {
    p12: unseal(secret, row.p12_sealed, `${id}:p12`), password: unseal(secret, row.password_sealed, `${id}:password`).toString("utf8"),
    image: Buffer.from(row.image), subject: row.subject,
  };
}
