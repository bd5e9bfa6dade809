// End-to-end helpers: render the sample records through the public API and read the produced files
// back (PDF text and drawn lines with pdfjs, DOCX parts with fast-xml-parser), never the layout.
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";
import { parse as parseYaml } from "yaml";
import { renderDocument } from "../../src/index.js";
import { attr, get, list, parseXml, tables, textOf, unzipDocx, type DocxParts, type XNode } from "../backends/docx/docx-parts.js";
import { extractPdfPaths, type PdfPath } from "../backends/pdf/pdf-paths.js";
import { extractPdfText, type PdfText, type PdfTextItem } from "../helpers/pdf-text.js";

export const NOW = (): Date => new Date("2026-03-01T00:00:00Z");
export const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const TEXT = { left: MARGIN.left, right: PAGE.width - MARGIN.right, centre: (MARGIN.left + PAGE.width - MARGIN.right) / 2 };
export const INDENT = 1.27 * 10 * MM;

const ROOT = resolve(import.meta.dirname, "../..");
export const SAMPLES = {
  nd30One: "inputs/nd30/dieu-dong-mot-nguoi.json",
  nd30Four: "inputs/nd30/dieu-dong-bon-nguoi.yaml",
  partyOne: "inputs/party/luan-chuyen-mot-nguoi.json",
  partyThree: "inputs/party/luan-chuyen-ba-nguoi.yaml",
  nd30Long: "test/fixtures/e2e/nd30-long.yaml",
  partyLong: "test/fixtures/e2e/party-long.yaml",
  sheetNd90: "inputs/assessment-sheet/mau-02-cong-chuc-lanh-dao-2025.yaml",
  sheetNd335: "inputs/assessment-sheet/nd335-cong-chuc-2026.yaml",
  review2b: "inputs/self-review/kiem-diem-2025-mau-2b-lanh-dao.yaml",
  commitment: "inputs/commitment-registration/cam-ket-dang-vien-2026.yaml",
  blankReview: "inputs/self-review/mau-2a-trong.yaml",
  blankSheet: "inputs/assessment-sheet/mau-trong-cong-chuc-lanh-dao-2025.yaml",
  stressNd30: "test/fixtures/stress/decision-25-nd30.yaml",
  stressParty: "test/fixtures/stress/decision-25-party.yaml",
  stressReview: "test/fixtures/stress/self-review-long.yaml",
  stressSummary: "test/fixtures/stress/summary-120.yaml",
} as const;
export type SampleKey = keyof typeof SAMPLES;

/** A parsed sample (a fresh copy, safe to modify for variants). */
export function loadRecord(key: SampleKey): Record<string, unknown> {
  const path = join(ROOT, SAMPLES[key]);
  const text = readFileSync(path, "utf8");
  return (path.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
}

export interface Item extends PdfTextItem {
  /** 1-based page number. */
  page: number;
}

export interface Rendered {
  pdf: Uint8Array;
  docx: Uint8Array;
  text: PdfText;
  items: Item[];
  paths: PdfPath[][];
  parts: DocxParts;
}

/** Renders a record to both formats with the fixed clock and reads both files back. */
export async function renderFiles(record: unknown): Promise<Rendered> {
  const result = await renderDocument(record, { formats: ["docx", "pdf"], now: NOW });
  if (!result.ok) throw new Error(`render failed: ${JSON.stringify(result.issues)}`);
  const { pdf, docx } = result.value.files;
  if (!pdf || !docx) throw new Error("render produced no PDF or no DOCX");
  const text = await extractPdfText(pdf);
  const items = text.pages.flatMap((p, i) => p.items.map((it) => ({ ...it, page: i + 1 })));
  return { pdf, docx, text, items, paths: await extractPdfPaths(pdf), parts: await unzipDocx(docx) };
}

const cache = new Map<SampleKey, Promise<Rendered>>();
export function renderSample(key: SampleKey): Promise<Rendered> {
  let r = cache.get(key);
  if (!r) cache.set(key, (r = renderFiles(loadRecord(key))));
  return r;
}

export const isBold = (i: PdfTextItem): boolean => /-Bold/.test(i.fontName);
export const isItalic = (i: PdfTextItem): boolean => /Italic/.test(i.fontName);
export const right = (i: PdfTextItem): number => i.x + i.width;
export const centre = (i: PdfTextItem): number => i.x + i.width / 2;

/** The first item whose text equals `match` (string) or matches it (RegExp); throws when none does. */
export function find(items: Item[], match: string | RegExp, from?: Item): Item {
  const start = from ? items.indexOf(from) + 1 : 0;
  const hit = items.slice(start).find((i) => (typeof match === "string" ? i.str === match : match.test(i.str)));
  if (!hit) throw new Error(`no PDF text item ${String(match)}; items: ${items.map((i) => i.str).join(" | ").slice(0, 2000)}`);
  return hit;
}

/** Items on the same baseline as `item`, from it rightwards, joined: the rest of its column line. */
export function lineFrom(items: Item[], item: Item): string {
  return items
    .filter((i) => i.page === item.page && Math.abs(i.y - item.y) < 0.5 && i.x >= item.x - 0.5)
    .sort((a, b) => a.x - b.x)
    .map((i) => i.str)
    .join("");
}

export interface Line {
  page: number;
  y: number;
  items: Item[];
  left: number;
  right: number;
  text: string;
}

/** Items grouped by page and baseline (within 0.5 pt), top to bottom, each line's items left to right. */
export function lines(items: Item[]): Line[] {
  const out: Line[] = [];
  const sorted = [...items].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  for (const it of sorted) {
    const last = out.at(-1);
    if (last && last.page === it.page && Math.abs(last.y - it.y) < 0.5) last.items.push(it);
    else out.push({ page: it.page, y: it.y, items: [it], left: 0, right: 0, text: "" });
  }
  for (const l of out) {
    l.items.sort((a, b) => a.x - b.x);
    l.left = l.items[0]!.x;
    l.right = Math.max(...l.items.map(right));
    l.text = l.items.map((i) => i.str).join(" ");
  }
  return out;
}

/** Page-number items: digits only, printed above the top margin. */
export const isPageNumber = (i: Item): boolean => /^\d+$/.test(i.str) && i.y < MARGIN.top;

/**
 * Full-width paragraphs of the decision text: a paragraph starts on a line indented by 1.27 cm and
 * continues over lines at the left margin 18 pt apart, also across a page break.
 */
export function paragraphs(items: Item[]): Line[][] {
  const all = lines(items.filter((i) => !isPageNumber(i)));
  const out: Line[][] = [];
  let cur: Line[] | undefined;
  all.forEach((l, n) => {
    const prev = all[n - 1];
    const atLeft = Math.abs(l.left - TEXT.left) < 0.5;
    const samePage = prev !== undefined && prev.page === l.page && Math.abs(l.y - prev.y - 18) < 0.5;
    const nextPage = prev !== undefined && prev.page + 1 === l.page && all.findIndex((x) => x.page === l.page) === n;
    if (cur && atLeft && (samePage || nextPage)) cur.push(l);
    else if (Math.abs(l.left - TEXT.left - INDENT) < 0.5) out.push((cur = [l]));
    else cur = undefined;
  });
  return out;
}

export const paraText = (p: Line[]): string => p.map((l) => l.text).join(" ");

export interface Segment {
  page: number;
  x1: number;
  x2: number;
  y: number;
  paint: "stroke" | "fill";
}

/** Horizontal strokes and thin filled bars (underlines) of every page, as segments. */
export function horizontalLines(r: Rendered): Segment[] {
  return r.paths.flatMap((paths, i) =>
    paths.flatMap((p): Segment[] => {
      const xs = p.points.map((q) => q[0]);
      const ys = p.points.map((q) => q[1]);
      const h = Math.max(...ys) - Math.min(...ys);
      if (p.points.length < 2 || h > 1.5) return [];
      return [{ page: i + 1, x1: Math.min(...xs), x2: Math.max(...xs), y: (Math.max(...ys) + Math.min(...ys)) / 2, paint: p.paint }];
    }),
  );
}

/** The horizontal line drawn just under a text line (below its baseline, within `depth` pt). */
export function lineUnder(r: Rendered, item: Item, depth = 20): Segment | undefined {
  return horizontalLines(r).find((s) => s.page === item.page && s.y > item.y && s.y < item.y + depth && s.x2 > item.x && s.x1 < right(item));
}

// ---- DOCX ----

export interface DocxPara {
  style: string;
  text: string;
  node: XNode;
  /** Width in twips of the box the paragraph sits in: its table cell, or the text area. */
  box: number;
}

const num = (v: string | undefined): number => Number(v ?? 0);
const para = (node: XNode, box: number): DocxPara => ({
  style: attr(node, "w:pPr/w:pStyle", "w:val") ?? "",
  text: textOf({ "w:p": [node] }),
  node,
  box,
});

/** Text-area width of the (first) section in twips: page width minus left and right margins. */
export function textWidthTwips(document: string): number {
  const sect = parseXml(document.slice(document.lastIndexOf("<w:sectPr")));
  return num(attr(sect, "w:sectPr/w:pgSz", "w:w")) - num(attr(sect, "w:sectPr/w:pgMar", "w:left")) - num(attr(sect, "w:sectPr/w:pgMar", "w:right"));
}

/** The cells of the header table (the document's first table): rows of cells of paragraphs. */
export function headerCells(document: string): DocxPara[][][] {
  const table = tables(document)[0];
  return list(get(table, "w:tbl"), "w:tr").map((tr) =>
    list(tr, "w:tc").map((tc) => {
      const width = num(attr(tc, "w:tcPr/w:tcW", "w:w"));
      return list(tc, "w:p").map((p) => para(p, width));
    }),
  );
}

/** Paragraphs outside tables, with the text-area width as their box. */
export function topParagraphs(document: string): DocxPara[] {
  const width = textWidthTwips(document);
  const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p(?: [^>]*)?\/>|<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => para(get(parseXml(m[0]), "w:p"), width));
}

/** Every paragraph, table cells included, in document order (box = text width; cells not resolved). */
export function allParagraphs(document: string): DocxPara[] {
  const width = textWidthTwips(document);
  return [...document.matchAll(/<w:p(?: [^>]*)?\/>|<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => para(get(parseXml(m[0]), "w:p"), width));
}

export const runsOf = (p: DocxPara): XNode[] => list(p.node, "w:r").filter((r) => get(r, "w:t") !== undefined);
export const hasProp = (run: XNode, prop: string): boolean => get(run, `w:rPr/${prop}`) !== undefined;
export const halfPoints = (run: XNode): number => num(attr(run, "w:rPr/w:sz", "w:val"));
export const indentOf = (p: DocxPara): { left: number; right: number; firstLine: number } => ({
  left: num(attr(p.node, "w:pPr/w:ind", "w:left")),
  right: num(attr(p.node, "w:pPr/w:ind", "w:right")),
  firstLine: num(attr(p.node, "w:pPr/w:ind", "w:firstLine")),
});

/** A rule paragraph: empty, with a bottom border. */
export const isRule = (p: DocxPara): boolean => p.text === "" && get(p.node, "w:pPr/w:pBdr/w:bottom") !== undefined;

/** A rule's drawn length in points: its box minus its left and right indents. */
export function ruleLength(p: DocxPara): number {
  const { left, right } = indentOf(p);
  return (p.box - left - right) / 20;
}

/** The paragraph right after the first one of `style` in `paras`. */
/** The paragraph after the last one of `style` (a name broken into lines is one paragraph a line). */
export function after(paras: DocxPara[], style: string): DocxPara | undefined {
  const i = paras.findLastIndex((p) => p.style === style);
  return i < 0 ? undefined : paras[i + 1];
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Converts DOCX files to PDF with one LibreOffice call; returns the PDF bytes by name. */
export async function convertWithLibreOffice(soffice: string, docs: Record<string, Uint8Array>): Promise<Map<string, Uint8Array>> {
  const dir = await mkdtemp(join(tmpdir(), "cadre-e2e-"));
  const profile = `lo-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const profileDir = join(tmpdir(), profile);
  try {
    const files = await Promise.all(
      Object.entries(docs).map(async ([name, bytes]) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    const args = [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files];
    await promisify(execFile)(soffice, args, { timeout: 240_000 });
    const out = new Map<string, Uint8Array>();
    for (const name of Object.keys(docs)) out.set(name, new Uint8Array(await readFile(join(dir, `${name}.pdf`))));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
}
