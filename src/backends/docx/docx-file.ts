// LaidDoc → docx's document object: one section per LSection, the body's blocks, styles and core properties.
import { Document } from "docx";
import type { FileChild } from "docx";
import type { LaidDoc, LBlock } from "../../layout/types.js";
import { coreXml, createdInstant } from "./core-props.js";
import { renderPara, spacerParagraph } from "./paragraph.js";
import type { ParaContext } from "./paragraph.js";
import { PAGE_NUMBER_STYLE, renderSection } from "./section.js";
import { stylesOptions } from "./styles.js";
import { renderTable } from "./table.js";

/** A section's blocks, with a spacer after each table that a paragraph does not follow. */
function renderBlocks(blocks: LBlock[], ctx: ParaContext): FileChild[] {
  const out: FileChild[] = [];
  blocks.forEach((b, i) => {
    out.push(renderBlock(b, ctx));
    const next = blocks[i + 1];
    if (b.type === "table" && next?.type !== "para") out.push(spacerParagraph(b.keepNext && next !== undefined));
  });
  return out.length > 0 ? out : [spacerParagraph()];
}

function renderBlock(b: LBlock, ctx: ParaContext): FileChild {
  switch (b.type) {
    case "para":
      return renderPara(b, ctx);
    case "table":
      return renderTable(b, ctx);
    default: {
      const unknown: never = b;
      throw new Error(`unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

export interface DocxFile {
  file: Document;
  /** docx dates core.xml with the current time; this part replaces it. */
  core: { path: string; data: string };
  created: Date;
}

/** `styles` adds style ids to styles.xml besides those the blocks use (the fast path's cached parts). */
export function buildDocxFile(doc: LaidDoc, styles: Iterable<string> = []): DocxFile {
  if (doc.sections.length === 0) throw new Error("renderDocx: the laid-out document has no sections");
  const ctx: ParaContext = { font: doc.fontFamily, symbolFont: doc.symbolFamily, styles: new Set([PAGE_NUMBER_STYLE, ...styles]) };
  const sections = doc.sections.map((s, i) => renderSection(doc, i, s, renderBlocks(s.blocks, ctx)));
  const file = new Document({ styles: stylesOptions(doc.fontFamily, ctx.styles), sections });
  const created = createdInstant(doc.meta.createdAt);
  return { file, core: { path: "docProps/core.xml", data: coreXml(doc.meta, created) }, created };
}
