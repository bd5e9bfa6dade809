// Parses the closed markup vocabulary that templates emit into the document model.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fromIso, isValidDate, issue, type Issue } from "../core/index.js";
import type { AuthorityMode, Block, Run, TableColumn } from "../model/index.js";

type XNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
});

/** The node's one tag key besides its attributes (a loop: this runs for every node, Object.keys allocates). */
function tagOf(n: XNode): string {
  for (const k in n) if (k !== ":@") return k;
  return "";
}
const kids = (n: XNode): XNode[] => (n[tagOf(n)] as XNode[]) ?? [];
const attrs = (n: XNode): Record<string, string> => n[":@"] ?? {};

class MarkupError extends Error {}

/** Inline content → runs; whitespace collapses as in HTML so templates can be indented freely. */
function runsOf(nodes: XNode[], style: Omit<Run, "text"> = {}, out: Run[] = []): Run[] {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "#text") out.push({ ...style, text: String(n["#text"]).replace(/\s+/g, " ") });
    else if (tag === "b") runsOf(kids(n), { ...style, bold: true }, out);
    else if (tag === "i") runsOf(kids(n), { ...style, italic: true }, out);
    else if (tag === "u") runsOf(kids(n), { ...style, underline: true }, out);
    else throw new MarkupError(`<${tag}> is not allowed inside text`);
  }
  return out;
}

/** Trims the outer whitespace of a run list and merges neighbours with equal style. The runs are
 * runsOf's fresh objects, so they are merged and trimmed in place rather than copied. */
function tidy(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && !!prev.underline === !!r.underline) prev.text += r.text;
    else merged.push(r);
  }
  if (merged.length) merged[0]!.text = merged[0]!.text.replace(/^\s+/, "");
  if (merged.length) merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.replace(/\s+$/, "");
  const out: Run[] = [];
  for (const r of merged) {
    if (r.text.length === 0) continue;
    r.text = r.text.replace(/ {2,}/g, " ");
    out.push(r);
  }
  return out;
}

const inline = (n: XNode): Run[] => tidy(runsOf(kids(n)));
const textOf = (n: XNode): string => inline(n).map((r) => r.text).join("");
const children = (n: XNode, tag: string): XNode[] => kids(n).filter((k) => tagOf(k) === tag);

function need(a: Record<string, string>, name: string, tag: string): string {
  const v = a[name]?.trim();
  if (!v) throw new MarkupError(`<${tag}> needs the attribute ${name}`);
  return v;
}

const MODES: readonly AuthorityMode[] = ["head", "collective", "deputy", "acting", "byOrder", "byAuthorization"];

type BlockParser = (n: XNode) => Block;
const BLOCKS: Record<string, BlockParser> = {
  header: (n) => {
    const a = attrs(n);
    // A blank form has no date: the header prints dotted gaps instead.
    const date = a.date?.trim();
    const d = date ? fromIso(date) : undefined;
    if (date && (!d || !isValidDate(d.year, d.month, d.day))) throw new MarkupError(`<header> date ${date} is not yyyy-mm-dd`);
    // number="" (a draft without its number yet) keeps the number line with the space open; no attribute, no line.
    const value = a.number?.trim() ? Number(a.number) : undefined;
    return {
      type: "header",
      parentBody: a.parent?.trim() || undefined,
      issuingBody: need(a, "body", "header"),
      number: a.number === undefined ? undefined : { value, type: a.type?.trim() || undefined, symbol: need(a, "symbol", "header") },
      place: a.place?.trim() || undefined,
      date: d,
    };
  },
  title: (n) => ({ type: "title", docType: need(attrs(n), "type", "title"), summary: textOf(n) || undefined }),
  authority: (n) => ({ type: "authority", text: textOf(n) }),
  bases: (n) => ({ type: "bases", items: children(n, "basis").map(inline) }),
  enact: (n) => ({ type: "enact", text: textOf(n) }),
  article: (n) => ({ type: "article", number: Number(need(attrs(n), "n", "article")), runs: inline(n) }),
  p: (n) => ({ type: "paragraph", runs: inline(n) }),
  heading: (n) => ({ type: "heading", runs: inline(n) }),
  note: (n) => ({ type: "note", runs: inline(n) }),
  signature: (n) => {
    const a = attrs(n);
    const mode = need(a, "mode", "signature") as AuthorityMode;
    if (!MODES.includes(mode)) throw new MarkupError(`<signature> mode ${mode} is unknown`);
    return {
      type: "signature",
      recipients: children(n, "recipient").map(inline),
      mode,
      authority: a.authority?.trim() || undefined,
      title: need(a, "title", "signature"),
      name: need(a, "name", "signature"),
    };
  },
  table: (n) => ({
    type: "table",
    columns: children(n, "col").map((c): TableColumn => ({
      header: textOf(c),
      width: Number(attrs(c).width ?? 1),
      align: attrs(c).align === "center" ? "center" : "left",
    })),
    rows: children(n, "row").map((r) => children(r, "cell").map(inline)),
  }),
  pagebreak: (n) => ({ type: "pageBreak", orientation: attrs(n).orientation === "landscape" ? "landscape" : attrs(n).orientation === "portrait" ? "portrait" : undefined }),
  formtitle: (n) => ({ type: "formTitle", title: textOf(n), year: attrs(n).year?.trim() || undefined, subtitle: attrs(n).subtitle?.trim() || undefined }),
  section: (n) => ({ type: "section", runs: inline(n) }),
  field: (n) => ({ type: "field", label: [{ text: need(attrs(n), "label", "field") }], value: inline(n), lines: count(attrs(n).lines, 1) }),
  text: (n) => ({ type: "text", paragraphs: children(n, "para").map(inline), lines: count(attrs(n).lines, 3) }),
  choices: (n) => ({ type: "choices", options: children(n, "option").map((o) => ({ text: textOf(o), checked: attrs(o).checked === "true" })) }),
  signblocks: (n) => ({
    type: "signBlocks",
    blocks: children(n, "sign").map((s) => {
      const a = attrs(s);
      return { caption: need(a, "caption", "sign"), note: a.note?.trim() || undefined, dateLine: a.date?.trim() || undefined, name: a.name?.trim() || undefined };
    }),
  }),
};

/** A small positive count attribute (dotted lines), defaulting when absent. */
function count(v: string | undefined, dflt: number): number {
  const n = v === undefined ? dflt : Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 40) throw new MarkupError(`lines="${v}" must be a whole number from 0 to 40`);
  return n;
}

/** Markup text → blocks, or a template_error issue describing what is malformed. */
export function parseMarkup(xml: string): { blocks?: Block[]; issues: Issue[] } {
  // The closed vocabulary has no use for a DTD; entities declared in one (external ones included) are refused.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { issues: [issue("template_error", [], { detail: "DOCTYPE and entity declarations are not allowed" })] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { issues: [issue("template_error", [], { detail: valid.err.msg, line: valid.err.line })] };
  }
  try {
    const root = (parser.parse(xml) as XNode[]).find((n) => tagOf(n) === "document");
    if (!root) throw new MarkupError("the root element must be <document>");
    const blocks: Block[] = [];
    for (const n of kids(root)) {
      const tag = tagOf(n);
      if (tag === "#text") {
        if (String(n["#text"]).trim()) throw new MarkupError("text outside a block element");
        continue;
      }
      const parse = Object.hasOwn(BLOCKS, tag) ? BLOCKS[tag] : undefined;
      if (!parse) throw new MarkupError(`unknown element <${tag}>`);
      blocks.push(parse(n));
    }
    return { blocks, issues: [] };
  } catch (err) {
    // Markup comes from a template, which may be a user's: any fault in it is a template error.
    return { issues: [issue("template_error", [], { detail: err instanceof Error ? err.message : String(err) })] };
  }
}
