// Migration 0004: batches rendered by workers on PostgreSQL: each record's files under a key fixed by (batch, record, format).
import { sql, type Kysely } from "kysely";

export async function batchQueue(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  // What the batch's records and issues name as their file (the upload's name), its clock and its formats.
  await db.schema.alterTable("batches").addColumn("input", "text").execute();
  await db.schema.alterTable("batches").addColumn("settings", "text").execute();
  // `cadre-docs render --db` submits batches that belong to no unit (SQLite never gets such batches).
  if (postgres) await sql`alter table batches alter column unit_id drop not null`.execute(db);
  await db.schema.createTable("batch_files")
    .addColumn("batch_id", "text", (c) => c.notNull().references("batches.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    // The record's output name (without extension), as the CLI names it; numbered on download when two records share one.
    .addColumn("stem", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("pages", "integer", (c) => c.notNull())
    .addColumn("record_hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("batch_files_pk", ["batch_id", "seq", "format"])
    .execute();
  await db.schema.createIndex("batch_items_state").on("batch_items").columns(["batch_id", "state"]).execute();
}
