// A batch's downloads: files.zip streamed as it is read (from a folder or from the file store), errors.xlsx of every issue.
import { once } from "node:events";
import { basename } from "node:path";
import archiver from "archiver";
import { errorWorkbook, nodeIo, type Issue } from "../index.js";

/**
 * A zip of a folder (final documents) or of named bytes (drafts, from the file store), made while the
 * client reads it: nothing is written twice, and one entry at a time is held in memory.
 */
export function zipStream(from: { dir?: string; skip?: string[]; entries?: AsyncIterable<{ name: string; data: Uint8Array }> }): NodeJS.ReadableStream {
  // DOCX and PDF are compressed already: stored as they are, the zip costs only the copy.
  const zip = archiver("zip", { store: true });
  void (async () => {
    if (from.dir) zip.glob("**/*", { cwd: from.dir, ignore: from.skip ?? [], dot: true });
    if (from.entries) {
      for await (const e of from.entries) {
        const added = once(zip, "entry");
        zip.append(Buffer.from(e.data), { name: e.name });
        await added;
      }
    }
    await zip.finalize();
  })().catch((err: unknown) => zip.destroy(err as Error));
  return zip;
}

/**
 * Issues of an upload as the clerk sees them: the file named as it was uploaded (`du-thao.xlsx`), not by where the
 * server keeps it (`<data>/batches/<id>/du-thao.xlsx`).
 */
export const asUploaded = (issues: readonly Issue[]): Issue[] =>
  issues.map((i) => (i.source?.file ? { ...i, source: { ...i.source, file: basename(i.source.file) } } : i));

/** The error workbook of a batch: the uploaded workbook with its cells marked, or a list of every issue; the upload named as uploaded. */
export async function writeErrorWorkbook(target: string, input: string, issues: readonly Issue[]): Promise<void> {
  const io = nodeIo();
  const name = basename(input);
  // The workbook is read under its uploaded name, so its issues (renamed alike) still find their cells.
  const uploaded = { ...io, readFile: (f: string, max?: number) => io.readFile(f === name ? input : f, max) };
  await io.writeFileAtomic(target, await errorWorkbook([name], asUploaded(issues), uploaded));
}
