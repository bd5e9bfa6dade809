// The last-page grid: recipients on the left, the signature block on the right, top-aligned.
import { withEnding, type SignatureNode } from "../model/index.js";
import { lineFor, styleOf, type LayoutContext } from "./context.js";
import { makePara, styledRuns } from "./para.js";
import { gridRow, gridTable } from "./grid.js";
import type { LPara, LTable } from "./types.js";

const GAP_BEFORE = 12;

function recipients(ctx: LayoutContext, node: SignatureNode, width: number): LPara[] {
  if (node.recipients.length === 0) return [];
  const r = ctx.profile.recipients;
  const labelEl = styleOf(ctx, "recipientsLabel");
  const lineEl = styleOf(ctx, "recipient");
  const out = [
    makePara(ctx.metrics, "recipientsLabel", labelEl, styledRuns([{ text: r.label }], labelEl), width, ctx.profile.body.lineHeight, { spaceBefore: GAP_BEFORE }),
  ];
  node.recipients.forEach((runs, i) => {
    const last = i === node.recipients.length - 1;
    const text = withEnding([{ text: r.prefix }, ...runs], last ? r.last : r.separator);
    out.push(makePara(ctx.metrics, "recipient", lineEl, styledRuns(text, lineEl), width, lineFor(ctx, lineEl.size)));
  });
  return out;
}

function signer(ctx: LayoutContext, node: SignatureNode, width: number): LPara[] {
  const p = ctx.profile;
  const lh = p.body.lineHeight;
  const para = (name: "signatureAuthority" | "signatureTitle" | "signerName", text: string, spaceBefore = 0) =>
    makePara(ctx.metrics, name, styleOf(ctx, name), styledRuns([{ text }], styleOf(ctx, name)), width, lh, { spaceBefore });
  const out: LPara[] = [];
  const prefix = node.mode === "head" ? undefined : p.authorityPrefixes[node.mode];
  if (prefix && node.authority) out.push(para("signatureAuthority", `${prefix} ${node.authority}`, GAP_BEFORE));
  // When the head signs in person the title line is the authority line: bold as in nd30 samples.
  out.push(para(out.length ? "signatureTitle" : "signatureAuthority", node.title, out.length ? 0 : GAP_BEFORE));
  out.push(para("signerName", node.name, p.signatureGap));
  return out;
}

export function layoutSignature(ctx: LayoutContext, node: SignatureNode): LTable {
  const [wl, wr] = ctx.gridColumns;
  const left = recipients(ctx, node, wl);
  const right = signer(ctx, node, wr);
  return gridTable("signature", [wl, wr], [gridRow([wl, wr], [left, right])]);
}
