// One builder per model node type (an exhaustive table): model blocks → measured layout blocks.
import { withEnding, type Block, type BlockOf, type BlockType, type Run } from "../model/index.js";
import type { StyleName } from "../profiles/index.js";
import { lineFor, styleOf, type LayoutContext } from "./context.js";
import { layoutChoices, layoutField, layoutFormTitle, layoutSection, layoutSignBlocks, layoutText } from "./form.js";
import { layoutHeader } from "./header.js";
import { makePara, makeRule, styledRuns, textLength, type ParaOptions } from "./para.js";
import { layoutSignature } from "./signature.js";
import { layoutTable } from "./table.js";
import type { LBlock } from "./types.js";

function para(ctx: LayoutContext, name: StyleName, runs: Run[], opts: ParaOptions = {}, keepCase = false) {
  const el = keepCase ? { ...styleOf(ctx, name), caps: false } : styleOf(ctx, name);
  return makePara(ctx.metrics, name, el, styledRuns(runs, el), ctx.width, lineFor(ctx, el.size), opts);
}

/** Body paragraphs: first-line indent, space after, exact lines. */
const bodyOpts = (ctx: LayoutContext): ParaOptions => ({ firstLine: ctx.profile.body.firstLineIndent, spaceAfter: ctx.profile.body.spaceAfter });
const centred = (spaceBefore: number, spaceAfter: number): ParaOptions => ({ spaceBefore, spaceAfter, keepNext: true });

type Builders = { [T in BlockType]: (ctx: LayoutContext, node: BlockOf<T>) => LBlock[] };

const BUILDERS: Builders = {
  header: (ctx, n) => [layoutHeader(ctx, n)],
  title: (ctx, n) => {
    const p = ctx.profile;
    const out: LBlock[] = [para(ctx, "docType", [{ text: n.docType }], centred(18, 0))];
    if (n.summary) {
      const text = p.summaryCase === "lower" ? n.summary.charAt(0).toLowerCase() + n.summary.slice(1) : n.summary.charAt(0).toUpperCase() + n.summary.slice(1);
      const summary = para(ctx, "summary", [{ text }], centred(0, 0));
      const rule = p.rules.summary;
      out.push(summary);
      if (rule.kind === "mark") out.push(para(ctx, "mark", [{ text: rule.text }], centred(0, 12)));
      else {
        const len = textLength(summary) * (rule.kind === "fraction" ? rule.fraction : 1);
        out.push(makeRule(ctx.width, len, p.rules.ruleWidth, { spaceBefore: 1, spaceAfter: 14, keepNext: true }));
      }
    }
    return out;
  },
  authority: (ctx, n) => [para(ctx, "authority", [{ text: n.text }], centred(6, 6))],
  bases: (ctx, n) => {
    const b = ctx.profile.bases;
    return n.items.map((runs, i) => {
      const text = withEnding([{ text: b.prefix }, ...runs], i === n.items.length - 1 ? b.last : b.separator);
      return para(ctx, "basis", text, bodyOpts(ctx));
    });
  },
  enact: (ctx, n) => [para(ctx, "enact", [{ text: n.text }], centred(6, 6))],
  article: (ctx, n) => [para(ctx, "body", [{ text: `Điều ${n.number}. `, bold: true }, ...n.runs], bodyOpts(ctx))],
  paragraph: (ctx, n) => [para(ctx, "body", n.runs, bodyOpts(ctx))],
  heading: (ctx, n) => [para(ctx, "heading", n.runs, centred(0, 0), n.keepCase)],
  note: (ctx, n) => [para(ctx, "note", n.runs, centred(0, 12))],
  signature: (ctx, n) => [layoutSignature(ctx, n)],
  table: (ctx, n) => [layoutTable(ctx, n)],
  pageBreak: () => [],
  formTitle: layoutFormTitle,
  section: layoutSection,
  field: layoutField,
  text: layoutText,
  choices: layoutChoices,
  signBlocks: layoutSignBlocks,
};

export const layoutBlock = (ctx: LayoutContext, node: Block): LBlock[] =>
  (BUILDERS[node.type] as (c: LayoutContext, n: Block) => LBlock[])(ctx, node);

/** The official end mark (`./.` or `.`) goes on the last body paragraph before the signature. */
export function markEnd(blocks: Block[], endMark: string): Block[] {
  const sig = blocks.findIndex((b) => b.type === "signature");
  const before = sig < 0 ? blocks.length : sig;
  for (let i = before - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === "article" || b.type === "paragraph") {
      const copy = [...blocks];
      copy[i] = { ...b, runs: withEnding(b.runs, endMark) };
      return copy;
    }
  }
  return blocks;
}
