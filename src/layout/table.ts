// Data tables: bordered grid scaled to the text width, header row repeated on every page.
import type { Run, TableNode } from "../model/index.js";
import { styleOf, type LayoutContext } from "./context.js";
import { makePara, styledRuns } from "./para.js";
import type { LCell, LRow, LTable } from "./types.js";

const MARGIN = { left: 4, right: 4, top: 2, bottom: 2 };
const BORDER = 0.5;

/** Widest unbreakable word of a column (header bold, cells regular), plus the cell margins. */
function minWidth(ctx: LayoutContext, node: TableNode, col: number): number {
  const words = (runs: Run[]) => runs.flatMap((r) => r.text.split(/[\s-]+/));
  const head = styleOf(ctx, "tableHeader");
  const cell = styleOf(ctx, "tableCell");
  const w = (t: string, bold: boolean, size: number) => ctx.metrics.width(t, bold ? "bold" : "regular", size);
  const headMax = Math.max(0, ...words([{ text: node.columns[col]!.header }]).map((t) => w(t, true, head.size)));
  const cellMax = Math.max(0, ...node.rows.flatMap((r) => words(r[col] ?? [])).map((t) => w(t, cell.bold, cell.size)));
  return Math.max(headMax, cellMax) + MARGIN.left + MARGIN.right + 1;
}

/** Relative widths scaled to the text width, but never narrower than a column's longest word. */
export function columnWidths(ctx: LayoutContext, node: TableNode): number[] {
  const mins = node.columns.map((_, i) => minWidth(ctx, node, i));
  const fixed = new Set<number>();
  for (;;) {
    const free = ctx.width - [...fixed].reduce((s, i) => s + mins[i]!, 0);
    const weight = node.columns.reduce((s, c, i) => (fixed.has(i) ? s : s + c.width), 0) || 1;
    const widths = node.columns.map((c, i) => (fixed.has(i) ? mins[i]! : (free * c.width) / weight));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < mins[i]!);
    if (short < 0 || fixed.size === node.columns.length - 1) return widths;
    fixed.add(short);
  }
}

export function layoutTable(ctx: LayoutContext, node: TableNode): LTable {
  const widths = columnWidths(ctx, node);
  const headEl = styleOf(ctx, "tableHeader");
  const cellEl = styleOf(ctx, "tableCell");
  const lh = cellEl.size + 3;
  const row = (cells: Run[][], header: boolean): LRow => {
    const laid: LCell[] = cells.map((runs, i) => {
      const el = header ? headEl : { ...cellEl, align: node.columns[i]?.align ?? cellEl.align };
      const inner = widths[i]! - MARGIN.left - MARGIN.right;
      return { width: widths[i]!, paras: [makePara(ctx.metrics, header ? "tableHeader" : "tableCell", el, styledRuns(runs, el), inner, lh)] };
    });
    const height = Math.max(...laid.map((c) => c.paras.reduce((s, p) => s + p.height, 0))) + MARGIN.top + MARGIN.bottom + BORDER;
    return { cells: laid, height, header, cantSplit: true };
  };
  return {
    type: "table",
    role: "data",
    columns: widths,
    borders: true,
    borderWidth: BORDER,
    cellMargin: MARGIN,
    keepNext: false,
    rows: [row(node.columns.map((c) => [{ text: c.header }]), true), ...node.rows.map((r) => row(r, false))],
  };
}
