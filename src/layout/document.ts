// Lays out a whole document: sections by orientation, blocks measured, then paginated.
import type { DocModel } from "../model/index.js";
import type { Profile } from "../profiles/index.js";
import { balanceCentred } from "./balance.js";
import { markEnd, layoutBlock } from "./blocks.js";
import type { LayoutContext } from "./context.js";
import type { Metrics } from "./fonts.js";
import { formatPlaceDate, gridColumns, headerNames } from "./header.js";
import { padBottom } from "./grid.js";
import { introduces, keepLast } from "./keep.js";
import { paginate } from "./paginate.js";
import type { LaidDoc, LBlock, LPara, LSection, PageSetup } from "./types.js";

function pageSetup(profile: Profile, orientation: "portrait" | "landscape"): PageSetup {
  const { width, height, margins } = profile.page;
  if (orientation === "portrait") return { width, height, orientation, margins: { ...margins } };
  // Landscape keeps the binding margin on the left (the spec's 30 mm) and the top/bottom ones.
  return { width: height, height: width, orientation, margins: { ...margins } };
}

/** An empty 1 pt paragraph that carries a page break in front of a table. */
const breakCarrier = (): LPara => ({
  type: "para",
  format: { style: "body", align: "left", indentLeft: 0, indentRight: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, lineHeight: 1, keepNext: true, pageBreakBefore: true, widowControl: false },
  runs: [],
  lines: [],
  height: 1,
});

/** Word and LibreOffice disagree on whether space after one paragraph and space before the next add
 * up or collapse; moving all of it into the first paragraph's space after makes both add it. */
function mergeSpacing(blocks: LBlock[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1]!;
    const next = blocks[i]!;
    if (prev.type !== "para" || next.type !== "para" || next.format.pageBreakBefore || next.format.spaceBefore === 0) continue;
    prev.format.spaceAfter += next.format.spaceBefore;
    prev.height += next.format.spaceBefore;
    next.height -= next.format.spaceBefore;
    next.format.spaceBefore = 0;
  }
}

/** A signature never stands alone on a page: the paragraph before it keeps with it (DOCX keepNext). */
function keepWithSignature(blocks: LBlock[]): void {
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (b.type === "table" && b.role === "signature" && prev?.type === "para") prev.format.keepNext = true;
  });
}

/** A signer's name never runs into what follows: a blank line under a signature grid with text after it. */
function roomAfterSignatures(blocks: LBlock[], space: number): void {
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.type === "table" && b.role === "signature" && next && !(next.type === "para" && next.format.pageBreakBefore)) padBottom(b, space);
  });
}

export function layoutDocument(model: DocModel, profile: Profile, metrics: Metrics): LaidDoc {
  const blocks = markEnd(model.blocks, profile.endMark);
  const header = blocks.find((b) => b.type === "header");
  const placeDate = header?.place ? formatPlaceDate(header.place, header.date, header.openDate) : "";
  const sections: LSection[] = [];
  let page = pageSetup(profile, "portrait");
  let current: LBlock[] = [];
  let breakNext = false;
  let restart = false;
  const close = () => sections.push(restart ? { page, blocks: current, restartNumbering: true } : { page, blocks: current });
  const ctxFor = (p: PageSetup): LayoutContext => {
    const width = p.width - p.margins.left - p.margins.right;
    const leftNeed = header ? headerNames(profile, metrics, width, header, placeDate).need : 0;
    return { profile, metrics, width, gridColumns: gridColumns(profile, metrics, width, placeDate, leftNeed) };
  };
  let ctx = ctxFor(page);
  blocks.forEach((node, i) => {
    if (node.type === "pageBreak") {
      const orientation = node.orientation ?? page.orientation;
      if (orientation !== page.orientation || node.restartNumbering) {
        // A document that opens in landscape has no empty portrait section before it.
        if (current.length) close();
        restart = !!node.restartNumbering;
        page = pageSetup(profile, orientation);
        ctx = { ...ctxFor(page), inSection: ctx.inSection };
        current = [];
      } else breakNext = true;
      return;
    }
    if (node.type === "section") ctx = { ...ctx, inSection: true };
    let laid = layoutBlock(ctx, node);
    // Centred lines of a heading or note are balanced: no lone word on the last line.
    if (node.type === "heading" || node.type === "note") laid = laid.map((b) => (b.type === "para" ? balanceCentred(ctx, b) : b));
    if (introduces(node, blocks[i + 1])) keepLast(laid);
    if (breakNext && laid.length) {
      const first = laid[0]!;
      if (first.type === "para") first.format.pageBreakBefore = true;
      else current.push(breakCarrier());
      breakNext = false;
    }
    current.push(...laid);
  });
  close();
  for (const s of sections) {
    mergeSpacing(s.blocks);
    keepWithSignature(s.blocks);
    roomAfterSignatures(s.blocks, profile.body.lineHeight);
  }
  const pn = profile.styles.pageNumber;
  const pageNumber = { fromPage: profile.pageNumber.fromPage, top: profile.pageNumber.top, size: pn.size, lineHeight: profile.body.lineHeight };
  return { meta: model.meta, fontFamily: profile.fontFamily, symbolFamily: profile.symbolFamily, pageNumber, sections, pages: paginate(sections, pageNumber, metrics) };
}
