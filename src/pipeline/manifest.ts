// manifest.jsonl in the output folder: one line per written file, appended as files land, checked on --resume.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readRegularFile, resolveInside } from "../core/index.js";

export const MANIFEST_FILE = "manifest.jsonl";

export const manifestEntrySchema = z.object({
  /** Input file as given on the command line, and the record's 1-based number in it. */
  input: z.string(),
  record: z.number().int().nonnegative(),
  /** A bundle child's label; absent for an ordinary record. */
  item: z.string().optional(),
  kind: z.string(),
  version: z.string(),
  profile: z.string(),
  pages: z.number().int().nonnegative(),
  format: z.enum(["docx", "pdf"]),
  /** Relative to the output folder, with `/` separators. */
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Hash of the record's data and the render settings: a changed record is rendered again. */
  recordHash: z.string(),
  /** What tells a duplicate from a namesake on --resume (see DocFacts.sameDocument and the record's id). */
  sameDocument: z.string().optional(),
  id: z.string().optional(),
  /** The document's unit, for `--merge unit` over kept documents. */
  unit: z.string().optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** Entries of the file in order; a torn last line (a kill during a write) or any unreadable line is ignored. */
export async function* readManifest(outDir: string): AsyncGenerator<ManifestEntry> {
  const path = join(outDir, MANIFEST_FILE);
  let rest = "";
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        const entry = parseLine(line);
        if (entry) yield entry;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === "ENOENT") return;
    throw err;
  }
  // Text after the last newline is a line whose write was cut short: never trusted.
}

function parseLine(line: string): ManifestEntry | undefined {
  if (!line.trim()) return undefined;
  try {
    const parsed = manifestEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const entryLine = (e: ManifestEntry): string => `${JSON.stringify(e)}\n`;

/** True when the file the entry names is a regular file with exactly the recorded bytes (a FIFO or device is never opened for reading). */
export async function verifyEntry(outDir: string, e: ManifestEntry): Promise<boolean> {
  try {
    const data = await readRegularFile(resolveInside(outDir, e.path), e.bytes);
    return data.length === e.bytes && createHash("sha256").update(data).digest("hex") === e.sha256;
  } catch {
    return false;
  }
}

/**
 * Rewrites the manifest keeping, for each output path, its last entry, and only if the file still matches it.
 * Written to a temporary file and renamed, so a kill during compaction leaves the old manifest whole.
 */
export async function compactManifest(outDir: string, keep: (e: ManifestEntry) => void = () => {}): Promise<{ kept: number; dropped: number }> {
  const last = new Map<string, number>();
  let n = 0;
  for await (const e of readManifest(outDir)) last.set(e.path, n++);
  const tmp = join(outDir, `${MANIFEST_FILE}.${process.pid}.tmp`);
  const out = await open(tmp, "w");
  let kept = 0;
  let batch: ManifestEntry[] = [];
  const flush = async () => {
    const ok = await Promise.all(batch.map((e) => verifyEntry(outDir, e)));
    const good = batch.filter((_, i) => ok[i]);
    if (good.length) await out.write(good.map(entryLine).join(""));
    for (const e of good) keep(e);
    kept += good.length;
    batch = [];
  };
  try {
    let i = 0;
    for await (const e of readManifest(outDir)) {
      if (last.get(e.path) === i++) batch.push(e);
      if (batch.length >= 32) await flush();
    }
    await flush();
    await out.datasync();
  } finally {
    await out.close();
  }
  await rename(tmp, join(outDir, MANIFEST_FILE));
  return { kept, dropped: n - kept };
}

/** Appends lines in the order given, with an fdatasync at most every `syncMs` and on close. */
export class ManifestWriter {
  private chain: Promise<void> = Promise.resolve();
  private lastSync = Date.now();
  private constructor(
    private readonly fh: FileHandle,
    private readonly syncMs: number,
  ) {}

  /** `fresh` starts an empty manifest; otherwise lines go after the existing (compacted) ones. */
  static async open(outDir: string, fresh: boolean, syncMs = 1000): Promise<ManifestWriter> {
    const path = join(outDir, MANIFEST_FILE);
    if (fresh) await rm(path, { force: true });
    return new ManifestWriter(await open(path, "a"), syncMs);
  }

  /** One write per document: with O_APPEND, a kill leaves at most the last line torn. */
  append(entries: ManifestEntry[]): Promise<void> {
    const text = entries.map(entryLine).join("");
    this.chain = this.chain.then(async () => {
      await this.fh.write(text);
      if (Date.now() - this.lastSync >= this.syncMs) {
        this.lastSync = Date.now();
        await this.fh.datasync();
      }
    });
    return this.chain;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.fh.datasync();
    await this.fh.close();
  }
}
