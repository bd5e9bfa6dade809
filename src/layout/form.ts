// Form elements (formats.md §5): form title, sections, `label: value` fields with dotted leaders,
// free text or dotted writing lines, choice boxes, and signature blocks side by side.
import type { ChoicesNode, FieldNode, FormTitleNode, Run, SectionNode, SignBlocksNode, TextNode } from "../model/index.js";
import type { StyleName } from "../profiles/index.js";
import { lineFor, styleOf, type LayoutContext } from "./context.js";
import { faceOf } from "./fonts.js";
import { leaderRun } from "./leader.js";
import { makePara, styledRuns, type ParaOptions } from "./para.js";
import { gridRow, gridTable } from "./grid.js";
import { keepWritingArea } from "./keep.js";
import type { LBlock, LPara } from "./types.js";

const CHECKED = "☒";
const UNCHECKED = "☐";

function para(ctx: LayoutContext, name: StyleName, runs: Run[], opts: ParaOptions = {}, width = ctx.width, leader = false): LPara {
  const el = styleOf(ctx, name);
  const laid = styledRuns(runs, el);
  if (leader) laid.push(leaderRun(el.size));
  return makePara(ctx.metrics, name, el, laid, width, lineFor(ctx, el.size), opts);
}

const isEmpty = (runs: Run[]) => runs.every((r) => !r.text.trim());
/** A line of dots to write on. The leading space matters: LibreOffice gives a paragraph holding only
 * a tab a shorter line than its exact height (measured 1.3–1.9 pt), a space before the tab fixes it. */
const writingLine = (ctx: LayoutContext, opts: ParaOptions = {}) => para(ctx, "field", [{ text: " " }], opts, ctx.width, true);
const gap = (ctx: LayoutContext): ParaOptions => ({ spaceAfter: ctx.profile.body.spaceAfter });

export function layoutFormTitle(ctx: LayoutContext, n: FormTitleNode): LBlock[] {
  const out: LBlock[] = [para(ctx, "docType", [{ text: n.title }], { spaceBefore: 18, keepNext: true })];
  if (n.year) out.push(para(ctx, "formYear", [{ text: n.year }], { keepNext: true }));
  if (n.subtitle) out.push(para(ctx, "note", [{ text: n.subtitle }], { keepNext: true }));
  const last = out[out.length - 1] as LPara;
  last.format.spaceAfter = 12;
  last.height += 12;
  return out;
}

export const layoutSection = (ctx: LayoutContext, n: SectionNode): LBlock[] => [para(ctx, "section", n.runs, { spaceBefore: 6, spaceAfter: ctx.profile.body.spaceAfter, keepNext: true })];

/** `label: value`, or `label:` followed by dots to the right margin and `lines − 1` dotted lines. */
export function layoutField(ctx: LayoutContext, n: FieldNode): LBlock[] {
  const label: Run[] = [...n.label, { text: ": " }];
  const firstLine = ctx.inSection ? ctx.profile.body.firstLineIndent : 0;
  if (!isEmpty(n.value)) return [para(ctx, "field", [...label, ...n.value], { ...gap(ctx), firstLine })];
  const out = [para(ctx, "field", label, { firstLine }, ctx.width, true)];
  for (let i = 1; i < n.lines; i++) out.push(writingLine(ctx));
  out[out.length - 1]!.format.spaceAfter = ctx.profile.body.spaceAfter;
  out[out.length - 1]!.height += ctx.profile.body.spaceAfter;
  return keepWritingArea(out);
}

/** Body paragraphs with first-line indent, or dotted lines to write on when there is no text. */
export function layoutText(ctx: LayoutContext, n: TextNode): LBlock[] {
  const paras = n.paragraphs.filter((p) => !isEmpty(p));
  if (paras.length) return paras.map((p) => para(ctx, "body", p, { firstLine: ctx.profile.body.firstLineIndent, spaceAfter: ctx.profile.body.spaceAfter }));
  return keepWritingArea(Array.from({ length: Math.max(1, n.lines) }, () => writingLine(ctx)));
}

export function layoutChoices(ctx: LayoutContext, n: ChoicesNode): LBlock[] {
  const el = styleOf(ctx, "field");
  // A wrapped option continues under its text, not under its box: a hanging indent of box and space.
  const hang = ctx.metrics.width(UNCHECKED, "symbol", el.size) + ctx.metrics.width(" ", faceOf(el.bold, el.italic), el.size);
  const indentLeft = ctx.profile.body.firstLineIndent + hang;
  // A choice list never splits across pages: every option but the last keeps with the next.
  return n.options.map((o, i) => {
    const last = i === n.options.length - 1;
    return para(ctx, "field", [{ text: `${o.checked ? CHECKED : UNCHECKED} ${o.text}` }], { indentLeft, firstLine: -hang, spaceAfter: last ? ctx.profile.body.spaceAfter : 0, keepNext: !last });
  });
}

/** Borderless grid of equal columns, one signature block per column, top-aligned. */
export function layoutSignBlocks(ctx: LayoutContext, n: SignBlocksNode): LBlock[] {
  // One block sits in the right column, under the heading, as official forms place the signer.
  const single = n.blocks.length === 1;
  const columns = single ? [...ctx.gridColumns] : n.blocks.map(() => ctx.width / n.blocks.length);
  const w = columns[columns.length - 1]!;
  const cells = n.blocks.map((b) => {
    const paras: LPara[] = [];
    if (b.dateLine) paras.push(para(ctx, "placeDate", [{ text: b.dateLine }], {}, w));
    paras.push(para(ctx, "signatureAuthority", [{ text: b.caption }], {}, w));
    if (b.note) paras.push(para(ctx, "signNote", [{ text: b.note }], {}, w));
    paras.push(para(ctx, "signerName", [{ text: b.name ?? "" }], { spaceBefore: ctx.profile.signatureGap }, w));
    return paras;
  });
  // Room above the blocks, carried by the first cell paragraphs.
  for (const c of cells) {
    c[0]!.format.spaceBefore += 12;
    c[0]!.height += 12;
  }
  return [gridTable("signature", columns, [gridRow(columns, single ? [[], ...cells] : cells)])];
}
