// Keep-with-next decided from the model: a block that introduces the next one never ends a page.
import { plainText, type Block, type Run } from "../model/index.js";
import type { LBlock, LPara } from "./types.js";

/** A prompt, question or lead-in ends with a colon (`2. Tự xếp loại chất lượng:`). */
const endsWithColon = (runs: readonly Run[]): boolean => /:\s*$/u.test(plainText(runs));

/** Whether `node` introduces `next`, so that its last line must share a page with `next`'s start. */
export function introduces(node: Block, next: Block | undefined): boolean {
  if (!next || next.type === "pageBreak") return false;
  // A choice list answers what stands before it (its question, or a score line between them).
  if (next.type === "choices") return true;
  if (node.type === "text") {
    const filled = node.paragraphs.filter((p) => plainText(p).trim() !== "");
    return filled.length > 0 && endsWithColon(filled[filled.length - 1]!);
  }
  if (node.type === "paragraph") return endsWithColon(node.runs);
  return false;
}

/** Marks the last laid-out block of a node as kept with the next block. */
export function keepLast(laid: LBlock[]): void {
  const last = laid[laid.length - 1];
  if (!last) return;
  if (last.type === "para") last.format.keepNext = true;
  else last.keepNext = true;
}

/**
 * Lines to write on (one paragraph each) split across pages only with two lines or more on each side:
 * up to three stay together; from four on the first two and the last two are kept together.
 */
export function keepWritingArea(lines: LPara[]): LPara[] {
  const n = lines.length;
  lines.forEach((p, i) => {
    if (i < n - 1 && (n <= 3 || i === 0 || i === n - 2)) p.format.keepNext = true;
  });
  return lines;
}
