// A batch's downloads: files.zip streamed as it is read (from a folder or from the file store), errors.xlsx of every issue.
import { once } from "node:events";
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

/** The error workbook of a batch: the uploaded workbook with its cells marked, or a list of every issue. */
export async function writeErrorWorkbook(target: string, input: string, issues: readonly Issue[]): Promise<void> {
  const io = nodeIo();
  await io.writeFileAtomic(target, await errorWorkbook([input], [...issues], io));
}
