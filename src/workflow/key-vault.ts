// The server secret that seals private keys at rest (AES-256-GCM): CADRE_KEY_SECRET, else a 32-byte key file made 0600 in the data folder.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const KEY_FILE = "khoa-bi-mat-may-chu.key";

/**
 * The 32-byte key: from `CADRE_KEY_SECRET` (64 hex digits, or any text, hashed with SHA-256), else
 * `<data>/khoa-bi-mat-may-chu.key`, created with mode 0600 on first use. Without either and the
 * file lost, sealed keys cannot be opened: they must be added again.
 */
export function serverSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const given = env.CADRE_KEY_SECRET;
  if (given) return /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, "hex") : createHash("sha256").update(given, "utf8").digest();
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    // `wx`: two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(32), { mode: 0o600, flag: "wx" });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    chmodSync(file, 0o600);
  }
  const key = readFileSync(file);
  if (key.length !== 32) throw new Error(`${file}: the server's key file must hold 32 bytes`);
  return key;
}

/** nonce (12) | tag (16) | ciphertext; `label` is bound as associated data, so a sealed value cannot be moved to another owner or column. */
export function seal(secret: Buffer, plain: Uint8Array, label: string): Buffer {
  const nonce = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", secret, nonce);
  c.setAAD(Buffer.from(label, "utf8"));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([nonce, c.getAuthTag(), body]);
}

/** Opens a sealed value; a wrong secret or a changed byte throws (an internal error: the server's secret is not the one used). */
export function unseal(secret: Buffer, sealed: Uint8Array, label: string): Buffer {
  const b = Buffer.from(sealed);
  const d = createDecipheriv("aes-256-gcm", secret, b.subarray(0, 12));
  d.setAAD(Buffer.from(label, "utf8"));
  d.setAuthTag(b.subarray(12, 28));
  return Buffer.concat([d.update(b.subarray(28)), d.final()]);
}
