// LaidDoc → DOCX bytes: docx builds the parts; core properties and zip dates are pinned to meta.createdAt.
import { Document, Packer } from "docx";
import type { FileChild } from "docx";
import type { LaidDoc, LBlock } from "../../layout/types.js";
import { coreXml, createdInstant } from "./core-props.js";
import { renderPara, spacerParagraph } from "./paragraph.js";
import type { ParaContext } from "./paragraph.js";
import { PAGE_NUMBER_STYLE, renderSection } from "./section.js";
import { stylesOptions } from "./styles.js";
import { renderTable } from "./table.js";
import { pinZipDates } from "./zip-dates.js";

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

/**
 * Writes the laid-out document as DOCX: one section per LSection, each paragraph's format as direct
 * properties and its runs as text (Word breaks the lines itself with the same metrics). The same input
 * gives the same bytes: nothing depends on the clock or the machine's time zone.
 */
export async function renderDocx(doc: LaidDoc): Promise<Uint8Array> {
  if (doc.sections.length === 0) throw new Error("renderDocx: the laid-out document has no sections");
  const ctx: ParaContext = { font: doc.fontFamily, symbolFont: doc.symbolFamily, styles: new Set([PAGE_NUMBER_STYLE]) };
  const sections = doc.sections.map((s, i) => renderSection(doc, i, s, renderBlocks(s.blocks, ctx)));
  const file = new Document({ styles: stylesOptions(doc.fontFamily, ctx.styles), sections });
  const created = createdInstant(doc.meta.createdAt);
  // docx dates core.xml with the current time; replace the whole part with ours.
  const core = { path: "docProps/core.xml", data: coreXml(doc.meta, created) };
  const zip = await Packer.pack(file, "uint8array", false, [core]);
  return pinZipDates(zip, created);
}
