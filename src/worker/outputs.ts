// A queued batch's files as the CLI names them: record order, `stem-2`… for a name taken by an earlier record; written into a folder with manifest.jsonl.
import { join } from "node:path";
import { manifestLine, MANIFEST_FILE, nodeIo, type ManifestEntry } from "../index.js";
import type { Store } from "../store/index.js";

export interface BatchOutput {
  seq: number;
  format: "docx" | "pdf";
  /** Relative to the output folder, with `/` separators. */
  path: string;
  sha256: string;
  size: number;
  entry: ManifestEntry;
}

/** Every file of the batch in record order, named once each. */
export async function batchOutputs(store: Store, batch: string): Promise<BatchOutput[]> {
  const [rows, head] = await Promise.all([
    store.db.selectFrom("batch_files").selectAll().where("batch_id", "=", batch).orderBy("seq").orderBy("format").execute(),
    store.db.selectFrom("batches").select("input").where("id", "=", batch).executeTakeFirst(),
  ]);
  const taken = new Map<string, number>();
  const stems = new Map<number, string>();
  for (const r of rows) {
    const seq = Number(r.seq);
    if (stems.has(seq)) continue;
    const n = (taken.get(r.stem) ?? 0) + 1;
    taken.set(r.stem, n);
    stems.set(seq, n === 1 ? r.stem : `${r.stem}-${n}`);
  }
  return rows.map((r) => {
    const seq = Number(r.seq);
    const format = r.format as "docx" | "pdf";
    const path = `${stems.get(seq)!}.${format}`;
    const entry: ManifestEntry = {
      input: head?.input ?? "", record: r.record === null ? seq : Number(r.record), ...(r.item ? { item: r.item } : {}), kind: r.kind, version: r.version, profile: r.profile, pages: Number(r.pages),
      format, path, sha256: r.sha256, bytes: Number(r.size), recordHash: r.record_hash,
    };
    return { seq, format, path, sha256: r.sha256, size: Number(r.size), entry };
  });
}

/** Writes the batch's files into `outDir` (atomically, each checked against its SHA-256) and its manifest.jsonl. */
export async function writeBatchOutputs(store: Store, batch: string, outDir: string): Promise<BatchOutput[]> {
  const io = nodeIo();
  const outputs = await batchOutputs(store, batch);
  for (const o of outputs) {
    const data = await store.files.get(o.sha256);
    if (!data) throw new Error(`internal: the file store has no ${o.sha256} (${o.path}); is --data the folder the workers write to?`);
    await io.writeFileAtomic(join(outDir, o.path), data);
  }
  return outputs;
}

/** manifest.jsonl of the files written by writeBatchOutputs (of one or several batches). */
export async function writeManifest(outDir: string, outputs: readonly BatchOutput[]): Promise<void> {
  await nodeIo().writeFileAtomic(join(outDir, MANIFEST_FILE), outputs.map((o) => manifestLine(o.entry)).join(""));
}
