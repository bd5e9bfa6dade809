// A batch's downloads: files.zip streamed from a folder or from the file store, errors.xlsx of every issue.
import { createWriteStream } from "node:fs";
import archiver from "archiver";
import { errorWorkbook, nodeIo, type Issue } from "../index.js";

/** Zips a folder (final documents) or named bytes (drafts, from the file store) into `target`. */
export async function writeZip(target: string, from: { dir?: string; entries?: AsyncIterable<{ name: string; data: Uint8Array }> }): Promise<void> {
  // DOCX and PDF are compressed already: stored as they are, the zip costs only the copy.
  const zip = archiver("zip", { store: true });
  const out = createWriteStream(target);
  const closed = new Promise<void>((resolve, reject) => {
    out.on("close", resolve);
    out.on("error", reject);
    zip.on("error", reject);
  });
  zip.pipe(out);
  if (from.dir) zip.directory(from.dir, false);
  if (from.entries) for await (const e of from.entries) zip.append(Buffer.from(e.data), { name: e.name });
  await zip.finalize();
  await closed;
}

/** The error workbook of a batch: the uploaded workbook with its cells marked, or a list of every issue. */
export async function writeErrorWorkbook(target: string, input: string, issues: readonly Issue[]): Promise<void> {
  const io = nodeIo();
  await io.writeFileAtomic(target, await errorWorkbook([input], [...issues], io));
}
