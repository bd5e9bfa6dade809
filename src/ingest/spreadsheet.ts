// A workbook (or CSV) to records: find the kind, place each sheet, read the rows, clean the values.
import { issue, withSource, type Issue } from "../core/index.js";
import { findKind, listKinds, type KindDefinition } from "../kinds/index.js";
import { completeRecord, readListSheet, readMainSheet } from "./assemble.js";
import { readHeader, type SheetColumns } from "./columns.js";
import { fold } from "./fold.js";
import type { Grid, GridBook } from "./grid.js";
import { layoutOf, type Layout, type Table } from "./layout.js";
import { locateIssues } from "./locate.js";
import { sanitize } from "./sanitize.js";
import { at, idOf, type Assembly, type Placed } from "./sheet-rows.js";
import type { IngestedRecord } from "./types.js";

/** Headers naming a `kind` column, in every kind's words. */
function kindLabels(): Set<string> {
  const set = new Set(["kind"]);
  for (const k of listKinds()) if (Object.hasOwn(k.meta.labels, "kind")) set.add(fold(k.meta.labels.kind!));
  return set;
}

/** The kind named in a `kind` column's first value, by id or title. */
function kindFromColumn(sheets: Grid[], labels: Set<string>): KindDefinition | undefined {
  for (const grid of sheets) {
    for (const kind of listKinds()) {
      const h = readHeader(grid, layoutOf(kind).main, labels);
      if (h?.kind === undefined) continue;
      const v = grid.rows.slice(h.headerRow + 1).map((r) => idOf(r?.[h.kind!] ?? null)).find((x) => x !== undefined);
      const hit = v === undefined ? undefined : listKinds().find((k) => fold(k.meta.id) === fold(v) || fold(k.meta.title) === fold(v));
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The workbook's kind: the generator's stamp, a `kind` column, or the kind whose headers fit best. */
export function detectKind(book: GridBook, labels: Set<string>): KindDefinition | Issue {
  const stamped = book.kindHint ? findKind(book.kindHint) : undefined;
  if (stamped) return stamped;
  const named = kindFromColumn(book.sheets, labels);
  if (named) return named;
  const scores = listKinds().map((kind) => ({ kind, score: Math.max(0, ...book.sheets.map((g) => readHeader(g, layoutOf(kind).main, labels)?.score ?? 0)) }));
  scores.sort((x, y) => y.score - x.score);
  const [first, second] = scores;
  if (first && first.score >= 2 && (!second || second.score < first.score)) return first.kind;
  return issue("no_data_sheet", [], { reason: "no_kind", known: listKinds().map((k) => k.meta.id).join(", ") });
}

const names = (t: Table): string[] => [t.sheet, t.label, t.pattern].filter(Boolean).map(fold);

/** Each sheet goes to the table its name says, else to the one its headers fit best (the records on a tie). */
function place(book: GridBook, layout: Layout, labels: Set<string>, issues: Issue[]): Map<Table, Placed[]> {
  const placed = new Map<Table, Placed[]>();
  const put = (t: Table, grid: Grid, header: SheetColumns) => placed.set(t, [...(placed.get(t) ?? []), { grid, header }]);
  const only = book.sheets.length === 1;
  for (const grid of book.sheets) {
    const byName = layout.tables.find((t) => names(t).includes(fold(grid.name)));
    const candidates = byName ? [byName] : only ? [layout.main] : layout.tables;
    let best: { t: Table; h: SheetColumns } | undefined;
    for (const t of candidates) {
      const h = readHeader(grid, t, labels);
      if (h && (!best || h.score > best.h.score)) best = { t, h };
    }
    if (best) put(best.t, grid, best.h);
    else issues.push({ ...issue("no_data_sheet", [], { reason: "ignored" }, "warning"), source: grid.name ? { sheet: grid.name } : {} });
  }
  return placed;
}

function headerIssues(placed: Map<Table, Placed[]>): Issue[] {
  const out: Issue[] = [];
  for (const list of placed.values()) {
    for (const { grid, header } of list) {
      const h = (i: number) => header.headers.get(i) ?? "";
      for (const i of header.unknown) out.push({ ...issue("unknown_column", [], { header: h(i) }, "warning"), source: at(grid, header.headerRow, h(i)) });
      for (const d of header.duplicates) out.push({ ...issue("duplicate_column", [], { header: h(d.index), other: h(d.other) }), source: at(grid, header.headerRow, h(d.index)) });
    }
  }
  return out;
}

export interface SheetRecords {
  records: IngestedRecord[];
  issues: Issue[];
}

/** Every record of a workbook, with its cell index; issues carry sheet, row and column. */
export function recordsFromBook(book: GridBook, maxRecords: number): SheetRecords {
  const labels = kindLabels();
  const kind = detectKind(book, labels);
  if ("code" in kind) return { records: [], issues: [...book.issues, kind] };
  const layout = layoutOf(kind);
  const issues: Issue[] = [...book.issues];
  const placed = place(book, layout, labels, issues);
  issues.push(...headerIssues(placed));
  const mains = placed.get(layout.main) ?? [];
  if (mains.length === 0) return { records: [], issues: [...issues, issue("no_data_sheet", [], { reason: "no_main", sheet: layout.main.sheet })] };
  const a: Assembly = { date1904: book.date1904, groups: new Map(), order: [], issues, headers: {} };
  for (const p of mains) readMainSheet(a, kind, p);
  if (a.order.length > maxRecords) return { records: [], issues: [...issues, issue("file_too_large", [], { records: a.order.length, maxRecords })] };
  for (const t of layout.tables.slice(1)) for (const p of placed.get(t) ?? []) readListSheet(a, t, p);
  const records: IngestedRecord[] = a.order.map((g) => {
    completeRecord(layout.main, g.data);
    const clean = sanitize(g.data);
    issues.push(...withSource(locateIssues(clean.issues, g.cells), { record: g.index, kind: kind.meta.id }));
    return { index: g.index, data: clean.value, cells: g.cells };
  });
  // Issues found while reading cells name their record; tag them with the kind for the labels.
  return { records, issues: issues.map((i) => (i.source?.record !== undefined && !i.source.kind ? { ...i, source: { ...i.source, kind: kind.meta.id } } : i)) };
}
