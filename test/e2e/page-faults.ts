// What a reader sees as a pagination fault, found in a PDF's text positions: a prompt or heading
// last on its page, a writing area split with one line alone, a widow or an orphan line.
import type { PdfText } from "../helpers/pdf-text.js";
import { INDENT, isBold, isPageNumber, lines, MARGIN, type Item, type Line } from "./helpers.js";

const LINE = 18;
const near = (a: number, b: number, tol = 0.6): boolean => Math.abs(a - b) < tol;
const isDots = (l: Line): boolean => /^[\s.…]*\.{8,}$/u.test(l.text) || /^\s*\.{20,}\s*$/u.test(l.items.at(-1)!.str);
const allBold = (l: Line): boolean => l.items.every(isBold);

interface Page {
  width: number;
  lines: Line[];
}

function pagesOf(text: PdfText): Page[] {
  const items: Item[] = text.pages.flatMap((p, n) => p.items.map((i) => ({ ...i, page: n + 1 })));
  const all = lines(items.filter((i) => !isPageNumber(i)));
  return text.pages.map((p, n) => ({ width: p.width, lines: all.filter((l) => l.page === n + 1) }));
}

/** A body line that continues on the next one: justified to the right margin, not a writing line. */
const runsOn = (l: Line, page: Page): boolean => near(l.right, page.width - MARGIN.right, 1) && !isDots(l);
const atLeft = (l: Line): boolean => near(l.left, MARGIN.left);
const indented = (l: Line): boolean => near(l.left, MARGIN.left + INDENT);

/** Every fault found, described with its page; empty when the pagination is clean. */
export function pageFaults(text: PdfText): string[] {
  const pages = pagesOf(text);
  const out: string[] = [];
  pages.forEach((page, n) => {
    const next = pages[n + 1];
    const last = page.lines.at(-1);
    if (!last || !next || next.lines.length === 0) return;
    const first = next.lines[0]!;
    const where = `p.${n + 1}→${n + 2}`;
    if (/:\s*$/u.test(last.text)) out.push(`${where}: prompt last on its page: “${last.text}”`);
    else if (allBold(last) && atLeft(last) && !isDots(first)) out.push(`${where}: heading last on its page: “${last.text}”`);
    const box = (l: Line | undefined): boolean => /^[☐☒]/u.test(l?.text ?? "");
    if (box(first) && !box(last)) out.push(`${where}: boxes apart from their question “${last.text.slice(0, 40)}”`);
    const dotsEnd = page.lines.length - page.lines.findLastIndex((l) => !isDots(l)) - 1;
    const dotsStart = next.lines.findIndex((l) => !isDots(l));
    const head = dotsStart < 0 ? next.lines.length : dotsStart;
    if (dotsEnd > 0 && head > 0 && (dotsEnd === 1 || head === 1)) out.push(`${where}: writing area split ${dotsEnd} + ${head}`);
    if (dotsEnd === 1 && head === 0 && /:\s*\.*$/u.test(page.lines.at(-2)?.text ?? "")) out.push(`${where}: one writing line under its prompt`);
    if (runsOn(last, page) && indented(last)) out.push(`${where}: orphan “${last.text.slice(0, 40)}”`);
    const second = next.lines[1];
    const ends = !second || second.y - first.y > LINE + 0.5 || !atLeft(second);
    if (runsOn(last, page) && atLeft(first) && ends && !isDots(first)) out.push(`${where}: widow “${first.text.slice(0, 40)}”`);
  });
  return out;
}
