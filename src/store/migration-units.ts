// Migration 0003: a unit may sit below another (tỉnh → sở, huyện…): an admin manages their own unit and the units below it.
import type { Kysely } from "kysely";

export async function unitParent(db: Kysely<unknown>): Promise<void> {
  // Nullable, no default: units made before this migration are top units, as they were.
  await db.schema.alterTable("units").addColumn("parent_id", "text", (c) => c.references("units.id")).execute();
}
