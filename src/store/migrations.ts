// The service's migrations, one frozen set for SQLite and PostgreSQL (only the binary column type differs).
import { sql, type Kysely, type Migration } from "kysely";
import { batchQueue } from "./migration-batch-queue.js";
import { bundleItems } from "./migration-bundle-items.js";
import { signingKeys } from "./migration-signing.js";
import { unitParent } from "./migration-units.js";

export type Dialect = "sqlite" | "postgres";

type Db = Kysely<unknown>;


async function accounts(db: Db): Promise<void> {
  await db.schema.createTable("units")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("symbol", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text")
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("user_roles")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();
  await db.schema.createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("login_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("success", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_user_at").on("login_attempts").columns(["username", "at"]).execute();
}

async function registers(db: Db): Promise<void> {
  await db.schema.createTable("registers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("series", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("term_start", "text")
    .addColumn("is_default", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("register_counters")
    .addColumn("register_id", "text", (c) => c.notNull().references("registers.id"))
    .addColumn("series_key", "text", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("register_counters_pk", ["register_id", "series_key"])
    .execute();
  await db.schema.createTable("register_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("register_id", "text", (c) => c.notNull().references("registers.id"))
    .addColumn("series_key", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("number_text", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull().unique())
    .addColumn("issued_date", "text", (c) => c.notNull())
    .addColumn("kind_title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("signer", "text")
    .addColumn("recipients", "text")
    .addColumn("archive", "text")
    .addColumn("copies", "integer")
    .addColumn("sent_date", "text")
    .addColumn("received_by", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("register_entries_number", ["register_id", "series_key", "number"])
    .execute();
}

async function documents(db: Db): Promise<void> {
  await db.schema.createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("version", "text")
    .addColumn("profile", "text")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("record", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("etag", "text", (c) => c.notNull())
    .addColumn("number", "integer")
    .addColumn("number_text", "text")
    .addColumn("register_id", "text", (c) => c.references("registers.id"))
    .addColumn("issued_date", "text")
    .addColumn("replaces_id", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("documents_unit_state").on("documents").columns(["unit_id", "state"]).execute();
  await db.schema.createTable("document_files")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("document_files_pk", ["document_id", "format"])
    .execute();
  await db.schema.createTable("document_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_state", "text")
    .addColumn("to_state", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("document_history_doc").on("document_history").columns(["document_id", "at"]).execute();
  await db.schema.createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
}

async function service(db: Db, dialect: Dialect): Promise<void> {
  await db.schema.createTable("idempotency_keys")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("status", "integer")
    .addColumn("body", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["actor", "key"])
    .execute();
  await db.schema.createTable("batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("records", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("failed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("detail", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("batch_items")
    .addColumn("batch_id", "text", (c) => c.notNull().references("batches.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("document_id", "text")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("issues", "text")
    .addPrimaryKeyConstraint("batch_items_pk", ["batch_id", "seq"])
    .execute();
  await db.schema.createTable("file_blobs")
    .addColumn("sha256", "text", (c) => c.primaryKey())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", dialect === "postgres" ? sql`bytea` : "blob", (c) => c.notNull())
    .execute();
}

async function audit(db: Db): Promise<void> {
  await db.schema.createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("unit_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("document_id", "text")
    .addColumn("before_hash", "text")
    .addColumn("after_hash", "text")
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_document").on("audit_log").column("document_id").execute();
  await db.schema.createTable("audit_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("last_id", "integer", (c) => c.notNull())
    .addColumn("last_hash", "text", (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, last_id, last_hash) values (1, 0, ${GENESIS_HASH})`.execute(db);
}

/** The hash an empty chain starts from. */
export const GENESIS_HASH = "0".repeat(64);

/** Frozen: a released migration is never edited; a change is a new entry with the next number. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "0001_service": {
      up: async (db) => {
        await accounts(db);
        await registers(db);
        await documents(db);
        await service(db, dialect);
        await audit(db);
      },
    },
    "0002_signing_keys": { up: (db) => signingKeys(db, dialect === "postgres") },
    "0003_unit_parent": { up: (db) => unitParent(db) },
    "0004_batch_queue": { up: (db) => batchQueue(db, dialect === "postgres") },
    "0005_bundle_items": { up: (db) => bundleItems(db) },
  };
}
