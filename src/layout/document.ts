// Lays out a whole document: sections by orientation, blocks measured, then paginated.
import type { DocModel } from "../model/index.js";
import type { Profile } from "../profiles/index.js";
import { balanceCentred } from "./balance.js";
import { markEnd, layoutBlock } from "./blocks.js";
import type { LayoutContext } from "./context.js";
import type { Metrics } from "./fonts.js";
import { formatPlaceDate, gridColumns, headerNames } from "./header.js";
import { padBottom } from "./grid.js";
import { groupChoices } from "./group.js";
import { introduces, keepLast } from "./keep.js";
import { paginate } from "./paginate.js";
import type { LaidDoc, LBlock, LPara, LSection, PageSetup } from "./types.js";

function pageSetup(profile: Profile, orientation: "portrait" | "landscape"): PageSetup {
  const { width, height, margins } = profile.page;
  if (orientation === "portrait") return { width, height, orientation, margins: { ...margins } };
  // Landscape keeps the binding margin on the left (the spec's 30 mm) and the top/bottom ones.
  return { width: height, height: width, orientation, margins: { ...margins } };
}

/** An empty paragraph one point high: what carries a page break in front of a table, and what must stand
 * between two tables (Word and LibreOffice would join them); LibreOffice and Word give it its point. */
const spacer = (pageBreakBefore: boolean, keepNext: boolean): LPara => ({
  type: "para",
  format: { style: "body", align: "left", indentLeft: 0, indentRight: 0, firstLine: 0, spaceBefore: 0, spaceAfter: 0, lineHeight: 1, keepNext, pageBreakBefore, widowControl: false },
  runs: [],
  lines: [{ fragments: [], width: 0 }],
  height: 1,
});

/** A spacer between two tables that follow each other, keeping with the second when the first keeps. */
function separateTables(blocks: LBlock[]): LBlock[] {
  return blocks.flatMap((b, i) => {
    const next = blocks[i + 1];
    return b.type === "table" && next?.type === "table" ? [b, spacer(false, b.keepNext)] : [b];
  });
}

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
  const choices = new Set<LPara>();
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
    if (node.type === "choices") for (const b of laid) if (b.type === "para") choices.add(b);
    if (breakNext && laid.length) {
      const first = laid[0]!;
      if (first.type === "para") first.format.pageBreakBefore = true;
      else current.push(spacer(true, true));
      breakNext = false;
    }
    current.push(...laid);
  });
  close();
  for (const s of sections) {
    mergeSpacing(s.blocks);
    keepWithSignature(s.blocks);
    s.blocks = separateTables(groupChoices(s.blocks, choices, s.page.width - s.page.margins.left - s.page.margins.right));
    roomAfterSignatures(s.blocks, profile.body.lineHeight);
  }
  const pn = profile.styles.pageNumber;
  const pageNumber = { fromPage: profile.pageNumber.fromPage, top: profile.pageNumber.top, size: pn.size, lineHeight: profile.body.lineHeight };
  return { meta: model.meta, fontFamily: profile.fontFamily, symbolFamily: profile.symbolFamily, pageNumber, sections, pages: paginate(sections, pageNumber, metrics) };
}
