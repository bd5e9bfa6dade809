// DOCX without re-formatting what never changes: the body from cached fragments, other parts zipped once per skeleton.
import type { LaidDoc, LBlock } from "../../layout/types.js";
import { coreXml, createdInstant } from "./core-props.js";
import { paraXml, spacerXml, tableXml } from "./fragments.js";
import type { ParaContext } from "./paragraph.js";
import { PAGE_NUMBER_STYLE } from "./section.js";
import { CORE_PART, DOCUMENT_PART, skeletonFor } from "./skeleton.js";
import { writeZip, zipEntry } from "./zip-writer.js";

/** The same blocks as docx-file's renderBlocks, as XML text. */
function bodyXml(blocks: LBlock[], ctx: ParaContext): string {
  let out = "";
  blocks.forEach((b, i) => {
    out += b.type === "para" ? paraXml(b, ctx) : tableXml(b, ctx);
    const next = blocks[i + 1];
    if (b.type === "table" && next?.type !== "para") out += spacerXml(b.keepNext && next !== undefined);
  });
  return out || spacerXml();
}

/**
 * The body is compressed at zlib level 1: about 2.5 times faster than level 6 for some 350 bytes (3 %) more per file.
 * The parts compressed once per skeleton keep level 6.
 */
const BODY_LEVEL = 1;

/** A one-section document: document.xml and core.xml are written per document, every other part reused. */
export function renderDocxFast(doc: LaidDoc): Uint8Array {
  const section = doc.sections[0];
  if (!section || doc.sections.length !== 1) throw new Error("renderDocxFast: one section expected");
  const ctx: ParaContext = { font: doc.fontFamily, symbolFont: doc.symbolFamily, styles: new Set([PAGE_NUMBER_STYLE]) };
  const body = bodyXml(section.blocks, ctx);
  const skeleton = skeletonFor(doc, ctx.styles);
  const created = createdInstant(doc.meta.createdAt);
  const entries = skeleton.parts.map((p) =>
    p === DOCUMENT_PART ? zipEntry(p, skeleton.head + body + skeleton.tail, BODY_LEVEL) : p === CORE_PART ? zipEntry(p, coreXml(doc.meta, created)) : p,
  );
  return writeZip(entries, created);
}
