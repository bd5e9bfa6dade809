// One batch task, the same in a worker thread and in-process: a plain record in; its files written under
// temporary names next to their final paths, with their SHA-256, out. Only names and hashes reach the main
// thread, which renames the files in input order (or discards them: a duplicate name, --strict).
import { createHash } from "node:crypto";
import { isMainThread } from "node:worker_threads";
import { discardTemp, resolveInside, writeTemp, writeTempSync, type Issue } from "../core/index.js";
import { outputStem } from "./naming.js";
import { renderRecord, type OutputFormat, type RenderOptions } from "./render-record.js";

/** What every task of a batch shares: sent to each worker once, not with every record. */
export type TaskOptions = Omit<RenderOptions, "now"> & {
  /** The batch's output folder: files are written inside it only. */
  outDir: string;
  /** Output name pattern (`{unit}/{id}-{name}`, see naming.ts); default: the kind's name plus the record's id. */
  name?: string;
};

export interface RenderTask {
  data: unknown;
  /** The batch clock's reading for this record (ISO 8601), taken by the main thread so that workers agree. */
  now: string;
  /** A bundle's child: the sub-folder of the output folder its files go to. */
  folder?: string;
}

export interface RenderedFile {
  format: OutputFormat;
  /** The written temporary file; the main thread renames it onto `<name>.<format>`. */
  tmp: string;
  size: number;
  sha256: string;
}

export type TaskResult =
  | { ok: false; issues: Issue[] }
  | {
      ok: true;
      issues: Issue[];
      kind: string;
      version: string;
      profile: string;
      pages: number;
      fileStem: string;
      /** Same key, same document entered twice (see DocFacts.sameDocument). */
      sameDocument?: string;
      /** The record's own id, if any: two records with one name and one id are refused, not numbered. */
      id?: string;
      /** The unit the document belongs to (`--merge unit`). */
      unit?: string;
      files: RenderedFile[];
    };

/**
 * Why the task writes the files itself: bytes sent to the main thread were freed there only by a full
 * collection, which V8 starts after about 64 MB of such external memory, so the main thread held 50-60 MB of
 * written documents at any time; and the copies, messages and writes were main-thread work the workers can share.
 */
async function writeFiles(files: Array<[OutputFormat, Uint8Array]>, pathOf: (format: OutputFormat) => string): Promise<RenderedFile[]> {
  const written = await Promise.allSettled(
    files.map(async ([format, bytes]): Promise<RenderedFile> => {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      // A worker thread writes blocking (see writeTempSync); the main thread keeps rendering while its files land.
      const tmp = isMainThread ? await writeTemp(pathOf(format), bytes) : writeTempSync(pathOf(format), bytes);
      return { format, tmp, size: bytes.length, sha256 };
    }),
  );
  const failed = written.find((w) => w.status === "rejected");
  if (!failed) return written.map((w) => (w as PromiseFulfilledResult<RenderedFile>).value);
  await Promise.all(written.map((w) => (w.status === "fulfilled" ? discardTemp(w.value.tmp) : undefined)));
  throw failed.reason;
}

export async function renderTask(task: RenderTask, opts: TaskOptions): Promise<TaskResult> {
  const at = new Date(task.now);
  const { outDir, name: pattern, ...render } = opts;
  const r = await renderRecord(task.data, { ...render, now: () => new Date(at.getTime()) });
  if (!r.ok) return { ok: false, issues: r.issues };
  const doc = r.value;
  const stem = outputStem(doc.kind, doc.facts, pattern);
  const name = task.folder ? `${task.folder}/${stem}` : stem;
  const files = await writeFiles(Object.entries(doc.files) as Array<[OutputFormat, Uint8Array]>, (format) => resolveInside(outDir, `${name}.${format}`));
  return { ok: true, issues: r.issues, kind: doc.kind, version: doc.version, profile: doc.profile, pages: doc.pages, fileStem: stem, sameDocument: doc.facts.sameDocument, id: doc.facts.naming.id, unit: doc.facts.naming.unit, files };
}
