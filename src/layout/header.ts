// The first-page header grid: issuing body left, national (or Party) heading right, number and date on one line.
import { BLANK_DATE } from "../core/index.js";
import type { DocNumber, HeaderNode } from "../model/index.js";
import type { Profile, RuleSpec, StyleName } from "../profiles/index.js";
import { lineFor, styleOf, type LayoutContext } from "./context.js";
import type { Metrics } from "./fonts.js";
import { faceOf } from "./fonts.js";
import { makePara, makeRule, styledRuns, textLength } from "./para.js";
import { gridRow, gridTable } from "./grid.js";
import { issuerLines } from "./issuer-lines.js";
import type { LPara, LTable } from "./types.js";

const ROW_GAP = 4;

/** A draft's number: five spaces, so `Số:      /QĐ-UBND` leaves room to write the register's number. */
export const OPEN_NUMBER = "     ";

/** `Số: 05/QĐ-UBND` (nd30) or `Số 125-QĐ/TU` (party); numbers below 10 get a leading zero; a draft's stays open. */
export function formatNumber(profile: Profile, n: DocNumber): string {
  const pattern = n.type ? profile.numberPattern.typed : profile.numberPattern.untyped;
  return pattern
    .replace("{n}", n.value === undefined ? OPEN_NUMBER : String(n.value).padStart(2, "0"))
    .replace("{type}", n.type ?? "")
    .replace("{symbol}", n.symbol);
}

/** `Thanh Hóa, ngày 05 tháng 02 năm 2026`: leading zero for days below 10 and for months 1 and 2. */
export function formatPlaceDate(place: string, d: { year: number; month: number; day: number } | undefined, open = false): string {
  // Signed before numbering: the body's signature writes the day and month into these gaps (src/sign).
  if (d && open) return `${place}, ngày${OPEN_NUMBER}tháng${OPEN_NUMBER}năm ${d.year}`;
  // A blank form leaves the day, month and year to be written by hand.
  if (!d) return `${place}, ${BLANK_DATE}`;
  const month = d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  return `${place}, ngày ${String(d.day).padStart(2, "0")} tháng ${month} năm ${d.year}`;
}

/** Least clearance between a line of the issuer and the national heading beside it (about 4 mm). */
const CLEARANCE = 12;
/** Room a grid column keeps beside its widest one-line text. */
const SLACK = 6;

const textWidth = (profile: Profile, metrics: Metrics, name: StyleName, text: string): number => {
  const s = profile.styles[name];
  return metrics.width(s.caps ? text.toUpperCase() : text, faceOf(s.bold, s.italic), s.size);
};

/** The right column's texts: the heading and motto beside the issuer, and the date line below them. */
function rightNeeds(profile: Profile, metrics: Metrics, placeDate: string): { beside: number; all: number } {
  const beside = Math.max(textWidth(profile, metrics, "nationalTitle", profile.nationalTitle), textWidth(profile, metrics, "motto", profile.motto ?? ""));
  return { beside, all: Math.max(beside, textWidth(profile, metrics, "placeDate", placeDate)) };
}

/** The header's issuer names in lines of whole phrases, no wider than keeps them clear of the
 * national heading (both centred in their columns: the gap is half of what their widths leave). */
export function headerNames(profile: Profile, metrics: Metrics, width: number, node: Pick<HeaderNode, "parentBody" | "issuingBody">, placeDate: string) {
  const { beside, all } = rightNeeds(profile, metrics, placeDate);
  const max = Math.min(width - beside - 2 * CLEARANCE, width - all - 2 * SLACK);
  const linesOf = (name: "parentBody" | "issuingBody", text: string | undefined) => {
    const s = profile.styles[name];
    return text ? issuerLines(text, metrics, faceOf(s.bold, s.italic), s.size, s.caps, max) : [];
  };
  const parent = linesOf("parentBody", node.parentBody);
  const body = linesOf("issuingBody", node.issuingBody);
  const need = Math.max(0, ...parent.map((t) => textWidth(profile, metrics, "parentBody", t)), ...body.map((t) => textWidth(profile, metrics, "issuingBody", t)));
  return { parent, body, need };
}

/** The right column holds the heading, the motto and this document's date line on one line each;
 * the left column widens, down to that, for the issuer's longest line (`leftNeed`). */
export function gridColumns(profile: Profile, metrics: Metrics, width: number, placeDate = "", leftNeed = 0): [number, number] {
  const need = rightNeeds(profile, metrics, placeDate).all + SLACK;
  let right = Math.min(width * 0.66, Math.max(need, width * 0.56));
  if (width - right < leftNeed + SLACK) right = Math.max(need, width - leftNeed - SLACK);
  return [width - right, right];
}

function ruleUnder(ctx: LayoutContext, spec: RuleSpec, above: LPara, cellWidth: number): LPara {
  if (spec.kind === "mark") {
    const el = styleOf(ctx, "mark");
    return makePara(ctx.metrics, "mark", el, styledRuns([{ text: spec.text }], el), cellWidth, lineFor(ctx, el.size));
  }
  const len = textLength(above) * (spec.kind === "fraction" ? spec.fraction : 1);
  return makeRule(cellWidth, len, ctx.profile.rules.ruleWidth);
}

function line(ctx: LayoutContext, name: "parentBody" | "issuingBody" | "nationalTitle" | "motto" | "number" | "placeDate", text: string, width: number, spaceBefore = 0): LPara {
  const el = styleOf(ctx, name);
  return makePara(ctx.metrics, name, el, styledRuns([{ text }], el), width, ctx.profile.body.lineHeight, { spaceBefore });
}

export function layoutHeader(ctx: LayoutContext, node: HeaderNode): LTable {
  const [wl, wr] = ctx.gridColumns;
  const p = ctx.profile;
  const names = headerNames(p, ctx.metrics, ctx.width, node, node.place ? formatPlaceDate(node.place, node.date) : "");
  // One paragraph per line: the breaks between phrases are the layout's, not Word's.
  const left: LPara[] = names.parent.map((t) => line(ctx, "parentBody", t, wl));
  const body = names.body.map((t) => line(ctx, "issuingBody", t, wl));
  const widest = body.reduce((a, b) => (textLength(b) >= textLength(a) ? b : a));
  left.push(...body, ruleUnder(ctx, p.rules.issuingBody, widest, wl));
  const right: LPara[] = [line(ctx, "nationalTitle", p.nationalTitle, wr)];
  if (p.motto) right.push(line(ctx, "motto", p.motto, wr));
  right.push(ruleUnder(ctx, p.rules.rightHeading, right[right.length - 1]!, wr));
  const cols = [wl, wr];
  const rows = [gridRow(cols, [left, right])];
  // The number (left) and the place and date (right) share one line; a form may have neither.
  if (node.number || node.place) {
    const numberText = node.number ? formatNumber(p, node.number) : "";
    const dateText = node.place ? formatPlaceDate(node.place, node.date, node.openDate) : "";
    rows.push(gridRow(cols, [[line(ctx, "number", numberText, wl, ROW_GAP)], [line(ctx, "placeDate", dateText, wr, ROW_GAP)]]));
  }
  return gridTable("header", cols, rows, true);
}
