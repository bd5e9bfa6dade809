// XML of paragraphs, runs and tables from fragments docx formatted once per distinct format, then reused.
import { Packer } from "docx";
import type { LPara, LRun, LTable, ParaFormat } from "../../layout/types.js";
import { renderPara, renderRun, spacerParagraph, type ParaContext } from "./paragraph.js";
import { renderTable } from "./table.js";
import { escapeXml, xmlText } from "./xml-text.js";

type Formatted = Record<string, unknown>;
const formatter = (Packer as unknown as { compiler: { formatter: { format(c: unknown, ctx: unknown): Formatted } } }).compiler.formatter;
const format = (component: unknown): Formatted => formatter.format(component, { stack: [] });

/** Stands for a run's text while its surrounding XML is cached; never escaped, never in input (a private-use code point). */
const MARK = "\uE000";

const memo = new Map<string, string | string[]>();
const MAX_FRAGMENTS = 4096;

function cached<T extends string | string[]>(key: string, make: () => T): T {
  let v = memo.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    if (memo.size >= MAX_FRAGMENTS) memo.clear();
    memo.set(key, v);
  }
  return v;
}

/** The children of `<tag>` in its XML text, or "" for `<tag/>`. */
function inner(xml: string, tag: string): string {
  if (xml === `<${tag}/>`) return "";
  if (!xml.startsWith(`<${tag}>`) || !xml.endsWith(`</${tag}>`)) throw new Error(`docx fragment: unexpected ${tag}: ${xml.slice(0, 80)}`);
  return xml.slice(tag.length + 2, -(tag.length + 3));
}

/** Children of a formatted element, each as XML text. */
const childrenOf = (obj: Formatted, tag: string): Formatted[] => {
  const v = obj[tag];
  return Array.isArray(v) ? (v as Formatted[]).filter((c) => typeof c === "object" && Object.keys(c)[0] !== "_attr") : [];
};
const tagOf = (obj: Formatted): string => Object.keys(obj)[0]!;

export function runXml(r: LRun, ctx: ParaContext): string {
  // Face and flags come from closed sets and the size is a number, so with the font name last keys cannot collide.
  const key = `r${r.face}|${r.size}|${r.underline ? 1 : 0}${r.tab ? 1 : 0}|${r.face === "symbol" ? ctx.symbolFont : ctx.font}`;
  const parts = cached(key, () => xmlText(format(renderRun({ ...r, text: MARK }, ctx))).split(MARK));
  return parts.length === 1 ? parts[0]! : parts[0]! + escapeXml(r.text) + parts[1]!;
}

/** Every field of a paragraph format; the compiler checks the list against ParaFormat. */
const FORMAT_FIELDS = ["style", "align", "indentLeft", "indentRight", "firstLine", "spaceBefore", "spaceAfter", "lineHeight", "keepNext", "pageBreakBefore", "widowControl", "leaderTab", "borderBottom"] as const;
type Unlisted = Exclude<keyof ParaFormat, (typeof FORMAT_FIELDS)[number]>;
// A field added to ParaFormat fails to compile here until listed, so it can never be left out of the comparison.
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

interface PropsEntry {
  format: ParaFormat;
  keepNext: boolean;
  xml: string;
}

/** Paragraph properties by style, found by comparing formats field by field: a document has a handful
 * of formats per style, and comparing numbers is much cheaper than printing them into a string key. */
const propsByStyle = new Map<string, PropsEntry[]>();
const MAX_FORMATS_PER_STYLE = 256;

function sameFormat(a: ParaFormat, b: ParaFormat): boolean {
  for (const k of FORMAT_FIELDS) if (a[k] !== b[k]) return false;
  return true;
}

function paraPropsXml(p: LPara, ctx: ParaContext, keepNext: boolean): string {
  let list = propsByStyle.get(p.format.style);
  if (!list) propsByStyle.set(p.format.style, (list = []));
  for (const e of list) if (e.keepNext === keepNext && sameFormat(e.format, p.format)) return e.xml;
  const xml = inner(xmlText(format(renderPara({ ...p, runs: [] }, ctx, keepNext))), "w:p");
  if (list.length >= MAX_FORMATS_PER_STYLE) list.length = 0;
  list.push({ format: { ...p.format }, keepNext, xml });
  return xml;
}

export function paraXml(p: LPara, ctx: ParaContext, keepNext = false): string {
  ctx.styles.add(p.format.style);
  const pPr = paraPropsXml(p, ctx, keepNext);
  // A rule paragraph is its border alone, whatever runs it carries (as in renderPara).
  const runs = p.format.borderBottom !== undefined ? "" : p.runs.map((r) => runXml(r, ctx)).join("");
  return pPr || runs ? `<w:p>${pPr}${runs}</w:p>` : "<w:p/>";
}

export const spacerXml = (keepNext = false): string => cached(`s${keepNext}`, () => xmlText(format(spacerParagraph(keepNext))));

/** The table's properties and grid, the row's properties, and each cell's properties, for one row shape. */
function rowShape(t: LTable, row: LTable["rows"][number], ctx: ParaContext): string[] {
  const key = `t${JSON.stringify([t.columns, t.cellMargin, t.role, t.borders, t.borderWidth, t.keepNext, row.header, row.cantSplit, row.cells.map((c) => [c.width, c.vAlign, c.span])])}`;
  return cached(key, () => {
    const probe: LTable = { ...t, rows: [{ ...row, cells: row.cells.map((c) => ({ width: c.width, paras: [], vAlign: c.vAlign, span: c.span })) }] };
    const tbl = format(renderTable(probe, ctx));
    const head = childrenOf(tbl, "w:tbl");
    const tr = head.find((c) => tagOf(c) === "w:tr")!;
    const before = (list: Formatted[], stop: string) => list.slice(0, list.findIndex((c) => tagOf(c) === stop)).map(xmlText).join("");
    const cells = childrenOf(tr, "w:tr").filter((c) => tagOf(c) === "w:tc");
    return [before(head, "w:tr"), before(childrenOf(tr, "w:tr"), "w:tc"), ...cells.map((c) => before(childrenOf(c, "w:tc"), "w:p"))];
  });
}

export function tableXml(t: LTable, ctx: ParaContext): string {
  let out = "";
  let head = "";
  for (const row of t.rows) {
    const [tblHead, trPr, ...tcPr] = rowShape(t, row, ctx);
    head = tblHead!;
    out += `<w:tr>${trPr}`;
    row.cells.forEach((c, i) => {
      const paras = c.paras.length > 0 ? c.paras.map((p) => paraXml(p, ctx, t.keepNext)).join("") : spacerXml(t.keepNext);
      out += `<w:tc>${tcPr[i]}${paras}</w:tc>`;
    });
    out += "</w:tr>";
  }
  if (t.rows.length === 0) head = inner(xmlText(format(renderTable(t, ctx))), "w:tbl");
  return `<w:tbl>${head}${out}</w:tbl>`;
}
