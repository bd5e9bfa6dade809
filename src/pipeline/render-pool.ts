// Renders single records on worker threads for a server: the HTTP thread parses, authenticates and answers while the threads render.
import { Piscina } from "piscina";
import type { Result } from "../core/index.js";
import { DEFAULT_BUDGET, exceeded, type RecordBudget } from "./pool.js";
import type { OutputFormat, RenderOptions } from "./render-record.js";
import { workerEntry } from "./worker-protocol.js";

/** What every render of the pool shares: crosses to each thread once. */
export type PoolOptions = Omit<RenderOptions, "now" | "formats" | "pdfa"> & {
  /** A record rendered once when a thread starts (fonts, metrics and templates loaded before the first request). */
  warm?: unknown;
};

export interface PoolTask {
  data: unknown;
  formats: readonly OutputFormat[];
  /** The clock's reading for this render (ISO 8601): the files' creation date. */
  now: string;
  pdfa?: boolean;
}

/** What a pool's render answers: the document's kind, template version, profile, pages and file bytes. */
export interface PooledDocument {
  kind: string;
  version: string;
  profile: string;
  pages: number;
  files: Partial<Record<OutputFormat, Uint8Array>>;
}

/** Worker threads that render one record at a time each, for a server (see createRenderPool). */
export interface RenderPool {
  readonly workers: number;
  /** The same result as renderDocument with the same options and clock; past the budget, a render_budget_exceeded issue. */
  render(data: unknown, o: { formats: readonly OutputFormat[]; now: Date; pdfa?: boolean }): Promise<Result<PooledDocument>>;
  /** Resolves when every thread has started and rendered its warm-up record. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** A pool of `workers` render threads (fonts and options cross once per thread); close it when done. */
export function createRenderPool(workers: number, opts: PoolOptions = {}, budget: RecordBudget = DEFAULT_BUDGET): RenderPool {
  const count = Math.max(1, workers);
  const pool = new Piscina({
    ...workerEntry(import.meta.url, "render-worker"),
    minThreads: count,
    maxThreads: count,
    workerData: opts,
    // Threads stay: a preview after a quiet hour should not wait for a thread to start and warm up.
    idleTimeout: Infinity,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 24 },
  });
  return {
    workers: count,
    async render(data, o) {
      const task: PoolTask = { data, formats: o.formats, now: o.now.toISOString(), pdfa: o.pdfa };
      try {
        // Past the time the thread is ended (a new one takes its place); the record fails alone.
        return (await pool.run(task, { signal: AbortSignal.timeout(budget.timeoutMs) })) as Result<PooledDocument>;
      } catch (err) {
        const e = err as Error & { code?: string };
        if (e.name === "AbortError" || e.name === "TimeoutError") return exceeded(budget, "time");
        if (e.code === "ERR_WORKER_OUT_OF_MEMORY") return exceeded(budget, "memory");
        throw err;
      }
    },
    // Threads of the first set take tasks at once, one each while the others are free: one ping per thread.
    ready: async () => void (await Promise.all(Array.from({ length: count }, () => pool.run({ ping: true })))),
    close: () => pool.destroy(),
  };
}
