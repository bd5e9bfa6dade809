// One batch task, the same in a worker thread and in-process: a plain record in, bytes with their SHA-256 out.
import { createHash } from "node:crypto";
import type { Issue } from "../core/index.js";
import { renderRecord, type OutputFormat, type RenderOptions } from "./render-record.js";

/** What every task of a batch shares: sent to each worker once, not with every record. */
export type TaskOptions = Omit<RenderOptions, "now">;

export interface RenderTask {
  data: unknown;
  /** The batch clock's reading for this record (ISO 8601), taken by the main thread so that workers agree. */
  now: string;
}

export interface RenderedFile {
  format: OutputFormat;
  bytes: Uint8Array;
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
      files: RenderedFile[];
    };

/** A Uint8Array that owns its whole ArrayBuffer, so it can be transferred without detaching anything else. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

export async function renderTask(task: RenderTask, opts: TaskOptions): Promise<TaskResult> {
  const at = new Date(task.now);
  const r = await renderRecord(task.data, { ...opts, now: () => new Date(at.getTime()) });
  if (!r.ok) return { ok: false, issues: r.issues };
  const doc = r.value;
  const files: RenderedFile[] = [];
  for (const [format, data] of Object.entries(doc.files) as Array<[OutputFormat, Uint8Array]>) {
    const bytes = owned(data);
    files.push({ format, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return { ok: true, issues: r.issues, kind: doc.kind, version: doc.version, profile: doc.profile, pages: doc.pages, fileStem: doc.facts.fileStem, files };
}
