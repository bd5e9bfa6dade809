// Rows to records: the record sheet (rows sharing an id make one record), then each list sheet by id.
import { issue } from "../core/index.js";
import type { KindDefinition } from "../kinds/index.js";
import { fold } from "./fold.js";
import { ancestors, type Table } from "./layout.js";
import {
  at, blankRow, getPath, idOf, listAt, readCell, registerHeaders, setPath,
  type Assembly, type Group, type Placed,
} from "./sheet-rows.js";

function groupFor(a: Assembly, placed: Placed, row: number, id: string | undefined): Group {
  const key = id ?? `\u0000row ${placed.grid.name} ${row}`;
  const found = a.groups.get(key);
  if (found) return found;
  const group: Group = { index: a.order.length + 1, id, data: {}, cells: { rows: { "": { ...(placed.grid.name ? { sheet: placed.grid.name } : {}), row: row + 1 } }, headers: a.headers }, values: new Map() };
  a.groups.set(key, group);
  a.order.push(group);
  return group;
}

function checkKind(a: Assembly, kind: KindDefinition, placed: Placed, row: number, group: Group): void {
  const i = placed.header.kind;
  const v = i === undefined ? undefined : idOf(placed.grid.rows[row]?.[i] ?? null);
  if (v === undefined || [kind.meta.id, kind.meta.title].some((k) => fold(k) === fold(v))) return;
  const header = placed.header.headers.get(i!);
  a.issues.push({ ...issue("invalid_value", ["kind"], { value: v, options: kind.meta.id, count: 1 }), source: at(placed.grid, row, header, group.index) });
}

/** Items of lists written flat in the record sheet: one per row, when any of its cells is filled. */
function addFlatItems(a: Assembly, placed: Placed, row: number, group: Group, items: Map<Table, Record<string, unknown>>): void {
  for (const [table, item] of items) {
    for (const c of table.constants) setPath(item, c.key, c.value);
    const list = listAt(group.data, table.key);
    group.cells.rows[[...table.key, list.length].join(".")] = { ...(placed.grid.name ? { sheet: placed.grid.name } : {}), row: row + 1 };
    list.push(item);
  }
}

function mainRow(a: Assembly, kind: KindDefinition, placed: Placed, row: number): void {
  const { grid, header } = placed;
  const group = groupFor(a, placed, row, header.id === undefined ? undefined : idOf(grid.rows[row]?.[header.id] ?? null));
  checkKind(a, kind, placed, row, group);
  const items = new Map<Table, Record<string, unknown>>();
  for (const [i, { column, table }] of header.columns) {
    const head = header.headers.get(i) ?? column.header;
    const got = readCell(a, grid, row, i, column, head, group.index);
    if (!("value" in got)) continue;
    if (table.parent) {
      const item = items.get(table) ?? {};
      setPath(item, column.key, got.value);
      items.set(table, item);
      continue;
    }
    const had = group.values.get(column.pattern);
    if (!had) {
      group.values.set(column.pattern, { value: got.value, row: row + 1 });
      setPath(group.data, column.key, got.value);
    } else if (JSON.stringify(had.value) !== JSON.stringify(got.value)) {
      const params = { value: String(got.value), other: String(had.value), otherRow: had.row, id: group.id };
      a.issues.push({ ...issue("row_conflict", [...column.key], params), source: at(grid, row, head, group.index) });
    }
  }
  addFlatItems(a, placed, row, group, items);
}

export function readMainSheet(a: Assembly, kind: KindDefinition, placed: Placed): void {
  registerHeaders(a, placed);
  const rows = placed.grid.rows;
  for (let r = placed.header.headerRow + 1; r < rows.length; r++) if (!blankRow(rows[r])) mainRow(a, kind, placed, r);
}

/** The item a nested list row belongs to, through its ancestors' positions; undefined when one is missing. */
function parentOf(a: Assembly, table: Table, placed: Placed, row: number, group: Group): { item: Record<string, unknown>; path: Array<string | number> } | undefined {
  let item = group.data;
  const path: Array<string | number> = [];
  for (const anc of ancestors(table)) {
    const col = placed.header.parents.get(anc);
    const pos = Number(idOf(col === undefined ? null : (placed.grid.rows[row]?.[col] ?? null)));
    const list = getPath(item, anc.key);
    const next = Array.isArray(list) && Number.isInteger(pos) ? (list[pos - 1] as Record<string, unknown> | undefined) : undefined;
    if (!next) return undefined;
    path.push(...anc.key, pos - 1);
    item = next;
  }
  return { item, path };
}

function listRow(a: Assembly, table: Table, placed: Placed, row: number): void {
  const { grid, header } = placed;
  const id = header.id === undefined ? undefined : idOf(grid.rows[row]?.[header.id] ?? null);
  // Without an id a row can only belong to the one record of the file.
  const group = id !== undefined ? a.groups.get(id) : a.order.length === 1 ? a.order[0] : undefined;
  const idHeader = header.id === undefined ? undefined : header.headers.get(header.id);
  if (!group) {
    const code = id === undefined ? "row_id_missing" : "row_orphan";
    return void a.issues.push({ ...issue(code, [], { id, records: a.order.length }), source: at(grid, row, idHeader) });
  }
  const parent = parentOf(a, table, placed, row, group);
  if (!parent) return void a.issues.push({ ...issue("row_orphan", [], { id, parent: ancestors(table).at(-1)?.sheet }), source: at(grid, row, undefined, group.index) });
  const item: Record<string, unknown> = {};
  for (const c of table.constants) setPath(item, c.key, c.value);
  for (const [i, { column }] of header.columns) {
    const got = readCell(a, grid, row, i, column, header.headers.get(i) ?? column.header, group.index);
    if ("value" in got) setPath(item, column.key, got.value);
  }
  const list = listAt(parent.item, table.key);
  group.cells.rows[[...parent.path, ...table.key, list.length].join(".")] = { ...(grid.name ? { sheet: grid.name } : {}), row: row + 1 };
  list.push(item);
}

export function readListSheet(a: Assembly, table: Table, placed: Placed): void {
  registerHeaders(a, placed);
  const rows = placed.grid.rows;
  for (let r = placed.header.headerRow + 1; r < rows.length; r++) if (!blankRow(rows[r])) listRow(a, table, placed, r);
}

/** Lists the schema requires are present, empty if no row gave an item; constants are set. */
export function completeRecord(table: Table, target: Record<string, unknown>): void {
  for (const c of table.constants) setPath(target, c.key, c.value);
  for (const list of table.lists) {
    const got = getPath(target, list.key);
    if (got === undefined && list.required) setPath(target, list.key, []);
    if (Array.isArray(got)) for (const item of got) if (item && typeof item === "object") completeRecord({ ...list, constants: [] }, item as Record<string, unknown>);
  }
}
