// Finds a sheet's header row and matches its cells to a table's columns by label or key.
import { cleanHeader, fold, loose } from "./fold.js";
import type { CellValue, Grid } from "./grid.js";
import { ancestors, ID_HEADER, parentHeader, type Column, type Table } from "./layout.js";

export interface SheetColumns {
  /** 0-based index of the header row in grid.rows. */
  headerRow: number;
  /** Cell index → column, and the table (the sheet's own, or a list written flat into the record sheet) it fills. */
  columns: Map<number, { column: Column; table: Table }>;
  id?: number;
  /** A `kind` column (Loại văn bản) naming each row's kind. */
  kind?: number;
  /** Cell index of the link to each ancestor list item (nested lists). */
  parents: Map<Table, number>;
  /** Headers as written (without the `*` marker), by cell index. */
  headers: Map<number, string>;
  unknown: number[];
  duplicates: Array<{ index: number; other: number }>;
  score: number;
}

const HEADER_SCAN_ROWS = 10;
const ID_ALIASES = new Set([fold(ID_HEADER), "id", "ma", "mavanban", "mahoso"]);
/** Row numbers clerks keep in their own column: known, never data. */
const IGNORED = new Set(["stt", "tt", "sott", "sothutu"]);

type Lookup = Map<string, { column: Column; table: Table } | null>;

function add(map: Lookup, key: string, value: { column: Column; table: Table }): void {
  const had = map.get(key);
  // Two columns under one name: neither is matched by it (null), the clerk must use the exact header.
  map.set(key, had === undefined || had?.column === value.column ? value : null);
}

/** Lookups from strictest to most tolerant: header, label, key path, then without marks. */
function lookups(tables: Table[]): Lookup[] {
  const tiers: Lookup[] = [new Map(), new Map(), new Map(), new Map()];
  for (const table of tables) {
    for (const column of table.columns) {
      const v = { column, table };
      add(tiers[0]!, loose(column.header), v);
      add(tiers[1]!, loose(column.label), v);
      add(tiers[2]!, column.key.join(".").toLowerCase(), v);
      add(tiers[2]!, column.pattern.toLowerCase(), v);
      add(tiers[3]!, fold(column.header), v);
      add(tiers[3]!, fold(column.label), v);
    }
  }
  return tiers;
}

/** The sheet's own columns win over the columns of lists written flat beside them, tier by tier. */
function find(groups: Lookup[][], header: string): { column: Column; table: Table } | undefined {
  const keys = [loose(header), loose(header), header.trim().toLowerCase(), fold(header)];
  for (let i = 0; i < keys.length; i++) {
    for (const tiers of groups) {
      const hit = tiers[i]!.get(keys[i]!);
      if (hit) return hit;
    }
  }
  return undefined;
}

const text = (v: CellValue | undefined): string => (typeof v === "string" ? cleanHeader(v) : typeof v === "number" ? String(v) : "");

function matchRow(cells: CellValue[], table: Table, tiers: Lookup[][], kindLabels: Set<string>): Omit<SheetColumns, "headerRow"> {
  const out: Omit<SheetColumns, "headerRow"> = { columns: new Map(), parents: new Map(), headers: new Map(), unknown: [], duplicates: [], score: 0 };
  const links = new Map(ancestors(table).map((t) => [fold(parentHeader(t)), t]));
  const seen = new Map<Column | string, number>();
  cells.forEach((cell, i) => {
    const h = text(cell);
    if (!h) return;
    out.headers.set(i, h);
    const f = fold(h);
    const hit = find(tiers, h);
    const key: Column | string | undefined = hit?.column ?? (ID_ALIASES.has(f) ? "id" : kindLabels.has(f) ? "kind" : links.has(f) ? f : undefined);
    if (key === undefined) {
      if (!IGNORED.has(f)) out.unknown.push(i);
      return;
    }
    const before = seen.get(key);
    if (before !== undefined) return void out.duplicates.push({ index: i, other: before });
    seen.set(key, i);
    out.score++;
    if (hit) out.columns.set(i, hit);
    else if (key === "id") out.id = i;
    else if (key === "kind") out.kind = i;
    else out.parents.set(links.get(f)!, i);
  });
  return out;
}

/**
 * The header row among the first rows of the sheet: the one matching most columns. The record sheet
 * may also hold the columns of its lists (one item per row, rows of one record share its id).
 */
export function readHeader(grid: Grid, table: Table, kindLabels: Set<string>): SheetColumns | undefined {
  const flat = table.parent ? [] : table.lists;
  const tiers = flat.length > 0 ? [lookups([table]), lookups(flat)] : [lookups([table])];
  let best: SheetColumns | undefined;
  let scanned = 0;
  for (let r = 0; r < grid.rows.length && scanned < HEADER_SCAN_ROWS; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    scanned++;
    const got = matchRow(cells, table, tiers, kindLabels);
    if (got.columns.size > 0 && (!best || got.score > best.score)) best = { ...got, headerRow: r };
  }
  return best;
}
