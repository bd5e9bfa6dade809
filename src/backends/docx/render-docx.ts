// LaidDoc → DOCX bytes: the fast path for one-section documents, docx's own packer for the rest (and as reference).
import { Packer } from "docx";
import type { LaidDoc } from "../../layout/types.js";
import { buildDocxFile } from "./docx-file.js";
import { renderDocxFast } from "./fast-docx.js";
import { pinZipDates } from "./zip-dates.js";

/**
 * Writes the laid-out document as DOCX: one section per LSection, each paragraph's format as direct
 * properties and its runs as text (Word breaks the lines itself with the same metrics). The same input
 * gives the same bytes: nothing depends on the clock or the machine's time zone.
 */
export async function renderDocx(doc: LaidDoc): Promise<Uint8Array> {
  return doc.sections.length === 1 ? renderDocxFast(doc) : renderDocxReference(doc);
}

/** Every part built, formatted and zipped by docx: the XML the fast path must reproduce byte for byte. */
export async function renderDocxReference(doc: LaidDoc): Promise<Uint8Array> {
  const { file, core, created } = buildDocxFile(doc);
  const zip = await Packer.pack(file, "uint8array", false, [core]);
  return pinZipDates(zip, created);
}
