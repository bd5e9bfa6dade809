// --resume: what the manifest proves done (file present, SHA-256 matching, same record), and leftovers of a kill.
import { createHash } from "node:crypto";
import { opendir, rm } from "node:fs/promises";
import { join } from "node:path";
import { atomicTempPid, processAlive } from "../core/index.js";
import { compactManifest, type ManifestEntry } from "./manifest.js";
import type { OutputFormat } from "./render-record.js";
import type { TaskOptions } from "./render-task.js";

export interface DoneJob {
  recordHash: string;
  kind: string;
  version: string;
  profile: string;
  pages: number;
  /** Output paths relative to the output folder, by format. */
  paths: Partial<Record<OutputFormat, string>>;
  sameDocument?: string;
  id?: string;
  unit?: string;
}

/** Identifies a job across runs: input file, record number and, for a bundle's child, its label. */
export const jobKey = (input: string, record: number, item?: string): string => `${input}\u0000${record}\u0000${item ?? ""}`;

/** Everything besides the record that changes the bytes: a changed setting re-renders on resume. */
export function renderFingerprint(opts: TaskOptions): string {
  const h = createHash("sha256");
  // The name pattern too: files kept under the old names would not be where the new pattern puts them.
  h.update(JSON.stringify({ overrides: opts.overrides ?? null, strict: !!opts.strict, pdfa: !!opts.pdfa, templatesDir: opts.templatesDir ?? null, family: opts.fonts?.family ?? null, name: opts.name ?? null }));
  for (const file of Object.values(opts.fonts?.files ?? {})) h.update(file);
  return h.digest("hex");
}

export const recordHash = (fingerprint: string, data: unknown): string =>
  createHash("sha256").update(fingerprint).update("\n").update(JSON.stringify(data) ?? "null").digest("hex");

export class ResumeIndex {
  private readonly jobs = new Map<string, DoneJob>();

  add(e: ManifestEntry): void {
    const key = jobKey(e.input, e.record, e.item);
    let job = this.jobs.get(key);
    if (!job || job.recordHash !== e.recordHash) {
      job = { recordHash: e.recordHash, kind: e.kind, version: e.version, profile: e.profile, pages: e.pages, paths: {}, sameDocument: e.sameDocument, id: e.id, unit: e.unit };
      this.jobs.set(key, job);
    }
    job.paths[e.format] = e.path;
  }

  /** The job's earlier result, removed from the index (each job is looked up once). */
  take(key: string): DoneJob | undefined {
    const job = this.jobs.get(key);
    this.jobs.delete(key);
    return job;
  }

  get size(): number {
    return this.jobs.size;
  }
}

/** Compacts the manifest (dropping torn lines, repeats and entries whose file is missing or changed) and indexes it. */
export async function loadResume(outDir: string): Promise<{ index: ResumeIndex; kept: number; dropped: number; removedTemps: number }> {
  const removedTemps = await removeStaleTemps(outDir);
  const index = new ResumeIndex();
  const { kept, dropped } = await compactManifest(outDir, (e) => index.add(e));
  return { index, kept, dropped, removedTemps };
}

/** A compaction's temporary manifest (atomic writes' temporaries are recognised by atomicTempPid). */
const MANIFEST_TEMP = /^manifest\.jsonl\.(\d+)\.tmp$/;

/** The pid that made a temporary file a killed process may have left, or undefined for any other file. */
function tempPid(name: string): number | undefined {
  const m = MANIFEST_TEMP.exec(name);
  return m ? Number(m[1]) : atomicTempPid(name);
}

export async function removeStaleTemps(outDir: string): Promise<number> {
  let removed = 0;
  let dir;
  try {
    dir = await opendir(outDir, { recursive: true });
  } catch {
    return 0;
  }
  for await (const entry of dir) {
    const pid = entry.isFile() ? tempPid(entry.name) : undefined;
    if (pid === undefined || processAlive(pid)) continue;
    await rm(join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name), { force: true });
    removed++;
  }
  return removed;
}
