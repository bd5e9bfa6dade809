// Test helpers: unzip a rendered DOCX and read its parts, paragraphs, tables and sections as parsed XML.
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

export interface DocxParts {
  zip: JSZip;
  document: string;
  styles: string;
  core: string;
  /** Header part XML by relationship id, as sectPr's headerReference names it. */
  headers: Map<string, string>;
}

export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return file.async("string");
  };
  const rels = await text("word/_rels/document.xml.rels");
  const headers = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship Id="(\w+)" Type="[^"]*\/header" Target="([^"]+)"\/>/g)) {
    headers.set(m[1] ?? "", await text(`word/${m[2] ?? ""}`));
  }
  return { zip, document: await text("word/document.xml"), styles: await text("word/styles.xml"), core: await text("docProps/core.xml"), headers };
}

const ARRAYS = new Set(["w:p", "w:r", "w:tr", "w:tc", "w:gridCol", "w:headerReference", "w:style"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

/** Parsed XML; walk it with `get`, `attr` and `list`. */
export type XNode = unknown;

export const parseXml = (xml: string): XNode => parser.parse(xml);

/** The element at a `/`-separated path (first of each repeated element), or undefined. */
export function get(node: XNode, path: string): XNode {
  let cur: unknown = node;
  for (const key of path.split("/").filter(Boolean)) {
    if (Array.isArray(cur)) cur = cur[0];
    cur = cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

/** Attribute `name` of the element at `path`. */
export function attr(node: XNode, path: string, name: string): string | undefined {
  const el = get(node, path);
  const value = el !== null && typeof el === "object" ? (el as Record<string, unknown>)[name] : undefined;
  return value === undefined ? undefined : String(value);
}

/** All elements at the last step of `path` (an array even when there is one). */
export function list(node: XNode, path: string): XNode[] {
  const steps = path.split("/").filter(Boolean);
  const last = steps.pop() ?? "";
  const parent = steps.length > 0 ? get(node, steps.join("/")) : node;
  const value = parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>)[last] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Every top-level paragraph or table of the body, in order, as its own parsed element. */
function elements(xml: string, tag: "w:p" | "w:tbl" | "w:sectPr"): string[] {
  const re = new RegExp(`<${tag}(?: [^>]*)?/>|<${tag}(?: [^>]*)?>[\\s\\S]*?</${tag}>`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}

/** Paragraphs outside tables, parsed, each wrapped as `{ "w:p": [...] }`. */
export const bodyParagraphs = (xml: string): XNode[] =>
  elements(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""), "w:p").map(parseXml);

export const tables = (xml: string): XNode[] => elements(xml, "w:tbl").map(parseXml);

export const sections = (xml: string): XNode[] => elements(xml, "w:sectPr").map(parseXml);

/** Paragraphs (anywhere, tables included) whose pStyle is `style`. */
export const paragraphsOfStyle = (xml: string, style: string): XNode[] =>
  elements(xml, "w:p")
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map(parseXml);

/** The text of a parsed paragraph's runs. */
export const textOf = (p: XNode): string =>
  list(p, "w:p/w:r")
    .map((r) => {
      const t = get(r, "w:t");
      return typeof t === "string" ? t : String(get(t, "#text") ?? "");
    })
    .join("");

export interface ZipEntry {
  name: string;
  /** 8 = DEFLATE. */
  method: number;
  dosTime: number;
  dosDate: number;
}

/** The central directory of a zip archive, read from its bytes. */
export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const entries: ZipEntry[] = [];
  let p = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method: view.getUint16(p + 10, true), dosTime: view.getUint16(p + 12, true), dosDate: view.getUint16(p + 14, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}
