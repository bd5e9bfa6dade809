// Migration 0002: signing keys and images per user (signer) and per unit (issuing body); private parts are stored encrypted.
import { sql, type Kysely } from "kysely";

export async function signingKeys(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  const bytes = postgres ? sql`bytea` : "blob";
  await db.schema.createTable("signing_keys")
    // `user:<users.id>` or `unit:<units.id>`: one key (and image) per owner; a new one replaces it.
    .addColumn("owner", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    // AES-256-GCM under the server secret: nonce (12 bytes), tag (16), ciphertext.
    .addColumn("p12_sealed", bytes, (c) => c.notNull())
    .addColumn("password_sealed", bytes, (c) => c.notNull())
    // The signer's blue signature or the body's red seal: a transparent PNG, not secret.
    .addColumn("image", bytes, (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("valid_to", "text", (c) => c.notNull())
    .addColumn("cert_sha256", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .execute();
  // A PDF carrying digital signatures is kept as signed: never rendered again from the record.
  await db.schema.alterTable("document_files").addColumn("signed", "integer", (c) => c.notNull().defaultTo(0)).execute();
}
