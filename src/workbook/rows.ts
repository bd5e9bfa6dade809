// Records to spreadsheet rows: one row per record, one row per list item on its list's sheet.
import type { Column, Layout, Table } from "../ingest/index.js";

export interface RowOut {
  table: Table;
  id: string;
  /** 1-based positions of the ancestor list items, outermost first (nested lists only). */
  parents: number[];
  values: Map<Column, unknown>;
}

const get = (obj: unknown, keys: readonly string[]): unknown => {
  let v = obj;
  for (const k of keys) v = v !== null && typeof v === "object" && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
};

function valuesOf(table: Table, obj: unknown): Map<Column, unknown> {
  const out = new Map<Column, unknown>();
  for (const c of table.columns) {
    const v = get(obj, c.key);
    if (v !== undefined && v !== null) out.set(c, v);
  }
  return out;
}

function listRows(table: Table, owner: unknown, id: string, parents: number[], out: Map<Table, RowOut[]>): void {
  for (const list of table.lists) {
    const items = get(owner, list.key);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      out.get(list)!.push({ table: list, id, parents, values: valuesOf(list, item) });
      listRows(list, item, id, [...parents, i + 1], out);
    });
  }
}

/** Rows per table for the records, ids `1`, `2`, … unless given. */
export function rowsOf(layout: Layout, records: readonly unknown[], ids?: readonly string[]): Map<Table, RowOut[]> {
  const out = new Map<Table, RowOut[]>(layout.tables.map((t) => [t, []]));
  records.forEach((record, n) => {
    const id = ids?.[n] ?? String(n + 1);
    out.get(layout.main)!.push({ table: layout.main, id, parents: [], values: valuesOf(layout.main, record) });
    listRows(layout.main, record, id, [], out);
  });
  return out;
}
