// Borderless layout grids (header, signature, form sign blocks): rows of top-aligned cells that never split.
import type { LPara, LRow, LTable } from "./types.js";

const height = (paras: readonly LPara[]): number => paras.reduce((s, p) => s + p.height, 0);

/** One grid row from the paragraphs of each column; its height is the tallest column's. */
export function gridRow(columns: readonly number[], cells: readonly LPara[][]): LRow {
  return {
    cells: cells.map((paras, i) => ({ width: columns[i]!, paras })),
    height: Math.max(0, ...cells.map(height)),
    header: false,
    cantSplit: true,
  };
}

export function gridTable(role: "header" | "signature" | "group", columns: number[], rows: LRow[], keepNext = false): LTable {
  return { type: "table", role, columns, borders: false, borderWidth: 0, cellMargin: { left: 0, right: 0, top: 0, bottom: 0 }, keepNext, rows };
}

/** Adds space under every column of a grid's last row (after each column's last paragraph). */
export function padBottom(t: LTable, space: number): void {
  const row = t.rows[t.rows.length - 1];
  if (!row) return;
  for (const cell of row.cells) {
    const last = cell.paras[cell.paras.length - 1];
    if (!last) continue;
    last.format.spaceAfter += space;
    last.height += space;
  }
  row.height = Math.max(0, ...row.cells.map((c) => height(c.paras)));
}
