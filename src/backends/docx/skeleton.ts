// The parts of a DOCX that do not depend on the body (styles, theme, headers, rels…), built by docx once and kept zipped.
import { Packer } from "docx";
import type { Document } from "docx";
import type { LaidDoc } from "../../layout/types.js";
import { buildDocxFile } from "./docx-file.js";
import { zipEntry, type ZipEntry } from "./zip-writer.js";

export const DOCUMENT_PART = "word/document.xml";
export const CORE_PART = "docProps/core.xml";

export interface Skeleton {
  /** document.xml up to and including `<w:body>`, and from the final `<w:sectPr` to the end. */
  head: string;
  tail: string;
  /** Parts in docx's order; the two per-document parts are named, the rest compressed already. */
  parts: Array<ZipEntry | typeof DOCUMENT_PART | typeof CORE_PART>;
}

type Compiler = { compile(file: Document, prettify: undefined, overrides: Array<{ path: string; data: string }>): Map<string, string | Uint8Array> };
// docx keeps its compiler on Packer without exporting the class; its parts are what Packer.pack would zip.
const compiler = (Packer as unknown as { compiler: Compiler }).compiler;

const cache = new Map<string, Skeleton>();
const MAX_SKELETONS = 64;

function build(doc: LaidDoc, styles: ReadonlySet<string>): Skeleton {
  const probe: LaidDoc = { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: [] })) };
  const { file, core } = buildDocxFile(probe, styles);
  const files = compiler.compile(file, undefined, [core]);
  const xml = String(files.get(DOCUMENT_PART));
  const open = xml.indexOf("<w:body>") + "<w:body>".length;
  const close = xml.lastIndexOf("<w:sectPr");
  if (open < "<w:body>".length || close < open) throw new Error("docx skeleton: unexpected document.xml");
  const parts: Skeleton["parts"] = [...files].map(([path, data]) => (path === DOCUMENT_PART || path === CORE_PART ? path : zipEntry(path, data)));
  return { head: xml.slice(0, open), tail: xml.slice(close), parts };
}

/** Everything besides the body that docx derives from the document: fonts, page setup, header, styles used. */
export function skeletonFor(doc: LaidDoc, styles: ReadonlySet<string>): Skeleton {
  const key = JSON.stringify([doc.fontFamily, doc.symbolFamily, doc.pageNumber, doc.sections.map((s) => s.page), [...styles].sort()]);
  let s = cache.get(key);
  if (!s) {
    s = build(doc, styles);
    if (cache.size >= MAX_SKELETONS) cache.delete(cache.keys().next().value!);
    cache.set(key, s);
  }
  return s;
}
