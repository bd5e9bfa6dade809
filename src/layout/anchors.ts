// Where a signature goes on the laid-out page: the space between the signer's title and name (Nghị định 30, Phụ lục I, box 7c).
import type { LaidDoc, LPara, LTable, PageItem } from "./types.js";

/** A box on one page, in points from the page's top-left corner (the layout's coordinates). */
export interface AnchorBox {
  /** 0-based page index. */
  page: number;
  x: number;
  top: number;
  width: number;
  height: number;
}

export interface SignAnchors {
  /** The gap left for the signature between the signer's title and name, across the signature column. */
  signer: AnchorBox;
}

type TextItem = Extract<PageItem, { type: "text" }>;

function signatureTable(doc: LaidDoc): { table: LTable; columnX: number } | undefined {
  for (let s = doc.sections.length - 1; s >= 0; s--) {
    const section = doc.sections[s]!;
    const table = [...section.blocks].reverse().find((b): b is LTable => b.type === "table" && b.role === "signature");
    if (table) return { table, columnX: section.page.margins.left + (table.columns[0] ?? 0) };
  }
  return undefined;
}

const firstText = (p: LPara | undefined, line: "first" | "last"): string | undefined => {
  const l = p && (line === "first" ? p.lines[0] : p.lines[p.lines.length - 1]);
  return l?.fragments[0]?.text;
};

/** Finds the signer's title and name as drawn (the last page that holds them) and returns the gap between. */
export function signAnchors(doc: LaidDoc): SignAnchors | undefined {
  const found = signatureTable(doc);
  // The signers' row is the last: a choice list kept with the signature may stand above it.
  const cell = found?.table.rows.at(-1)?.cells[1];
  if (!found || !cell) return undefined;
  const nameAt = cell.paras.findIndex((p) => p.format.style === "signerName");
  const name = firstText(cell.paras[nameAt], "first");
  const title = firstText(cell.paras[nameAt - 1], "last");
  if (nameAt < 1 || !name || !title) return undefined;
  const inColumn = (i: PageItem): i is TextItem => i.type === "text" && i.x >= found.columnX - 0.5;
  for (let pi = doc.pages.length - 1; pi >= 0; pi--) {
    const items = doc.pages[pi]!.items.filter(inColumn);
    const nameItem = items.find((i) => i.text === name);
    if (!nameItem) continue;
    const titleItem = items.filter((i) => i.text === title && i.baseline < nameItem.baseline).sort((a, b) => b.baseline - a.baseline)[0];
    if (!titleItem) return undefined;
    const top = titleItem.baseline + titleItem.size * 0.3;
    const bottom = nameItem.baseline - nameItem.size * 0.95;
    return { signer: { page: pi, x: found.columnX, top, width: found.table.columns[1] ?? 0, height: Math.max(0, bottom - top) } };
  }
  return undefined;
}
