// Runs render tasks on a piscina worker pool, or in this thread when one worker is asked for.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { renderTask, type RenderTask, type TaskOptions, type TaskResult } from "./render-task.js";

export interface Executor {
  readonly workers: number;
  /** Tasks a caller should keep in flight to keep every worker busy. */
  readonly inFlight: number;
  run(task: RenderTask): Promise<TaskResult>;
  /** Sends the tasks held back to fill a chunk: call before waiting on any of them. */
  flush(): void;
  close(): Promise<void>;
}

/** A worker's answer for one task of a chunk: its result, or the error it threw (an internal error, not a data problem). */
export type ChunkResult = { ok: true; value: TaskResult } | { ok: false; error: unknown };

/**
 * Records go to the workers in chunks: each message to a worker and back costs the main thread about as much as a
 * tenth of a one-page document, and on two cores the main thread competes with the workers for time.
 */
const CHUNK = 8;

/**
 * One worker per core from three cores up; on one or two cores a batch renders in its own thread. Measured on two
 * cores (docs/benchmarks.md): over 100,000 one-page DOCX+PDF pairs two workers render 419 pairs/s peaking at 311 MB,
 * one thread 318 pairs/s at 257 MB (each worker loads the code and fonts again, and the main thread, reading records
 * and renaming files, competes with them for the two cores). One thread keeps the 300 MB memory target.
 */
export const defaultWorkers = (): number => {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores;
};

/** In this thread: no pool, no copies; the same code path as a worker, so the same bytes. */
function inProcess(opts: TaskOptions): Executor {
  return { workers: 1, inFlight: 4, run: (task) => renderTask(task, opts), flush: () => {}, close: async () => {} };
}

/**
 * The worker entry next to this module: worker.ts when running from source under tsx (the thread
 * inherits tsx's loader through execArgv, added here if the parent was not started with it), worker.js in dist/.
 */
function workerEntry(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith(".ts");
  const filename = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url).href;
  const hasTsx = process.execArgv.some((a) => a.includes("tsx"));
  return fromSource && !hasTsx ? { filename, execArgv: [...process.execArgv, "--import", "tsx"] } : { filename };
}

export function createExecutor(workers: number, opts: TaskOptions): Executor {
  if (workers <= 1) return inProcess(opts);
  const entry = workerEntry();
  const pool = new Piscina({
    ...entry,
    minThreads: workers,
    maxThreads: workers,
    // Fonts and profile overrides cross once per worker here, not with every record.
    workerData: opts,
    idleTimeout: 60_000,
    // An explicit old-generation ceiling makes V8 size each worker's heap to what it holds (about 70 MB)
    // instead of letting garbage reach ~200 MB before a major collection; 512 MB still leaves room for a
    // 500-person decision. The young generation trades GC time for memory: one document allocates several MB,
    // so with 8 MB scavenges ran mid-document and copied its live data again and again. Measured with 2
    // workers on 1,000 one-page pairs (GC pause per worker / peak RSS of the process): 8 MB 1.3 s / 244 MB,
    // 16 MB 0.87 s / 256 MB, 24 MB 0.78 s / 260 MB, 32 MB 0.64 s / 290 MB, V8's default ~1.0 s / 380 MB.
    // 24 MB keeps most of the gain with ~40 MB of headroom under the 300 MB target.
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 },
  });
  type Held = { task: RenderTask; resolve: (r: TaskResult) => void; reject: (e: unknown) => void };
  let held: Held[] = [];
  const flush = (): void => {
    if (!held.length) return;
    const chunk = held;
    held = [];
    (pool.run({ chunk: chunk.map((h) => h.task) }) as Promise<ChunkResult[]>).then(
      (results) => results.forEach((r, i) => (r.ok ? chunk[i]!.resolve(r.value) : chunk[i]!.reject(r.error))),
      (err: unknown) => chunk.forEach((h) => h.reject(err)),
    );
  };
  return {
    workers,
    // Two chunks per worker: one being rendered, one waiting.
    inFlight: workers * CHUNK * 2,
    run: (task) =>
      new Promise<TaskResult>((resolve, reject) => {
        held.push({ task, resolve, reject });
        if (held.length >= CHUNK) flush();
      }),
    flush,
    close: () => pool.destroy(),
  };
}
