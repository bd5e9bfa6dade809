// Data tables: bordered grid scaled to the text width, header row repeated on every page.
import type { Run, TableNode } from "../model/index.js";
import { styleOf, type LayoutContext } from "./context.js";
import { makePara, styledRuns } from "./para.js";
import { measureRuns, shareWidths, headerWidth, type ColumnDemand } from "./column-widths.js";
import type { LCell, LRow, LRun, LTable } from "./types.js";


/** Cell padding (each side), readable in print and written to the DOCX as the table's cell margins. */
const MARGIN = { left: 4, right: 4, top: 3, bottom: 3 };
const BORDER = 0.5;
/** Room beyond the padding that a one-line cell keeps: the breaker's tolerance and LibreOffice's italic correction. */
const SLACK = 1;

/** What each column asks for: its widest word (the header on three lines at least), its widest cell and its header on one line. */
function demands(ctx: LayoutContext, node: TableNode): ColumnDemand[] {
  const headEl = styleOf(ctx, "tableHeader");
  const cellEl = styleOf(ctx, "tableCell");
  const pad = MARGIN.left + MARGIN.right + SLACK;
  const width = (r: LRun, text: string) => ctx.metrics.width(text, r.face, r.size);
  return node.columns.map((c, i) => {
    const head = styledRuns([{ text: c.header }], headEl);
    const headText = head.map((r) => r.text).join("");
    const headWidth = (lines: number) => headerWidth(headText, lines, (t) => width(head[0]!, t));
    // The header takes one line where there is room, else two, else three, never more for want of width.
    let word = Math.max(measureRuns(head, width).word, headWidth(3));
    let line = headWidth(1);
    const cells = [line + pad, headWidth(2) + pad];
    for (const row of node.rows) {
      const m = measureRuns(styledRuns(row[i] ?? [], cellEl), width);
      word = Math.max(word, m.word);
      line = Math.max(line, m.line);
      cells.push(m.line + pad);
    }
    return { word: word + pad, natural: line + pad, weight: c.width, cells };
  });
}

/** Widths from the content: see shareWidths for the floor, the ceiling and how room is shared. */
export function columnWidths(ctx: LayoutContext, node: TableNode): number[] {
  const floor = MARGIN.left + MARGIN.right + SLACK + styleOf(ctx, "tableCell").size;
  return shareWidths(ctx.width, floor, demands(ctx, node));
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
      const para = makePara(ctx.metrics, header ? "tableHeader" : "tableCell", el, styledRuns(runs, el), inner, lh);
      // Header cells sit in the middle of their row, as in the official forms' tables.
      return header ? { width: widths[i]!, paras: [para], vAlign: "center" } : { width: widths[i]!, paras: [para] };
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
