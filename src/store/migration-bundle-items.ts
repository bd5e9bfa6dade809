// Migration 0005: a queued year-end bundle renders each of its documents as an item of its own; `record` and `item` say which input record and which child it is.
import type { Kysely } from "kysely";

export async function bundleItems(db: Kysely<unknown>): Promise<void> {
  for (const table of ["batch_items", "batch_files"]) {
    // The input record's number (null: the same as seq, a record of one document) and the child's label (`Phiếu đánh giá của …`).
    await db.schema.alterTable(table).addColumn("record", "integer").execute();
    await db.schema.alterTable(table).addColumn("item", "text").execute();
  }
}
