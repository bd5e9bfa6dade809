// A choice list and the question that introduces it, written as one unsplittable borderless row.
import { gridRow, gridTable } from "./grid.js";
import type { LBlock, LPara } from "./types.js";

/** Keep-with-next chains are not reliable in LibreOffice when a paragraph of the chain runs over the page
 * (7.4 moves none, one or two of the paragraphs before it, depending on where the page ends), while a row
 * that cannot split moves whole in LibreOffice and in Word alike, and a row whose paragraphs keep with
 * the next stays with the next row in both. So the choices and the kept paragraphs just before them (the
 * question, a score line) become one row: the first row of the signature grid they keep with, spanning
 * its columns, or a one-row grid of their own. */
export function groupChoices(blocks: LBlock[], choices: ReadonlySet<LPara>, width: number): LBlock[] {
  const out: LBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    // A page break before stays on a paragraph outside the row (our DOCX writes it on paragraphs).
    if (b.type !== "para" || !choices.has(b) || b.format.pageBreakBefore) {
      out.push(b);
      i++;
      continue;
    }
    const paras: LPara[] = [];
    while (i < blocks.length && blocks[i]!.type === "para" && choices.has(blocks[i] as LPara)) paras.push(blocks[i++] as LPara);
    paras.unshift(...intro(out));
    const keepNext = paras[paras.length - 1]!.format.keepNext;
    // The row keeps with what follows when the last option did; otherwise no paragraph in it may keep
    // (Word would keep the row with the next block).
    for (const p of paras) p.format.keepNext = keepNext;
    const next = blocks[i];
    if (keepNext && next?.type === "table" && next.role === "signature") {
      const row = gridRow([width], [paras]);
      next.rows.unshift({ ...row, cells: [{ ...row.cells[0]!, span: next.columns.length }], keepNext: true });
    } else out.push(gridTable("group", [width], [gridRow([width], [paras])], keepNext));
  }
  return out;
}

/** Takes from the end of `out` the paragraphs that keep with the choices (none that starts a page). */
function intro(out: LBlock[]): LPara[] {
  const taken: LPara[] = [];
  for (let last = out.at(-1); last?.type === "para" && last.format.keepNext && !last.format.pageBreakBefore; last = out.at(-1)) {
    taken.unshift(last);
    out.pop();
  }
  return taken;
}
