// Runs render tasks on worker threads, each record under a time and a memory budget; a record past either fails alone.
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import { issue, type Issue } from "../core/index.js";
import type { RenderTask, TaskOptions, TaskResult } from "./render-task.js";
import { workerEntry, type ChunkMessage, type TaskMessage } from "./worker-protocol.js";

export interface Executor {
  readonly workers: number;
  /** Tasks a caller should keep in flight to keep every worker busy. */
  readonly inFlight: number;
  run(task: RenderTask): Promise<TaskResult>;
  /** Sends the tasks held back to fill a chunk: call before waiting on any of them. */
  flush(): void;
  close(): Promise<void>;
}

/** What one record may take: past the time its thread is ended; past the memory V8 ends it. */
export interface RecordBudget {
  timeoutMs: number;
  /** The worker's old-generation heap ceiling (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
}

/** A 500-person decision renders in a few seconds and about 200 MB: the defaults leave a wide margin. */
export const DEFAULT_BUDGET: RecordBudget = { timeoutMs: 60_000, memoryMb: 512 };

/**
 * Records go to the workers in chunks: one message per chunk keeps the main thread's share of the work small; each
 * record's result comes back on its own, so a record ended by its budget costs the others nothing.
 */
const CHUNK = 8;

/**
 * One worker per core from three cores up; on one or two cores one worker thread renders while the main thread reads
 * records and renames files (docs/benchmarks.md has the measurements).
 */
export const defaultWorkers = (): number => {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores;
};

type Held = { id: number; task: RenderTask; resolve: (r: TaskResult) => void; reject: (e: unknown) => void };

/** A chunk on its way: its records not answered yet, the record running, and how to end its thread. */
interface Flight {
  pending: Map<number, Held>;
  /** [id of the record running (-1: none), its start in ms since the epoch], written by the worker. */
  progress: Float64Array;
  abort: AbortController;
  port: MessagePort;
  timedOut?: boolean;
}

/** A record past its budget: the same answer from the batch executor and the server's render pool. */
export const exceeded = (budget: RecordBudget, limit: "time" | "memory"): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [issue("render_budget_exceeded", [], limit === "time" ? { limit, seconds: budget.timeoutMs / 1000 } : { limit, megabytes: budget.memoryMb })],
});

export function createExecutor(workers: number, opts: TaskOptions, budget: RecordBudget = DEFAULT_BUDGET): Executor {
  const count = Math.max(1, workers);
  const pool = new Piscina({
    ...workerEntry(import.meta.url),
    minThreads: count,
    maxThreads: count,
    // Fonts and profile overrides cross once per worker here, not with every record.
    workerData: opts,
    idleTimeout: 60_000,
    // The old-generation ceiling is the record's memory budget; it also makes V8 size each worker's heap to what it
    // holds (about 70 MB). The young generation trades GC time for memory: 24 MB measured best (docs/benchmarks.md).
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 24 },
  });
  const flights = new Set<Flight>();
  let held: Held[] = [];
  let nextId = 0;

  /** The chunk's thread is gone: the record it was rendering fails (its budget, or an internal error); the others go again. */
  const lost = (f: Flight, cause: "time" | "memory" | Error): void => {
    flights.delete(f);
    f.port.close();
    const running = f.pending.get(f.progress[0]!);
    const rest = [...f.pending.values()].filter((h) => h !== running);
    f.pending.clear();
    if (running && typeof cause === "string") running.resolve(exceeded(budget, cause));
    else if (running) running.reject(cause);
    // Lost outside any record: a fault of the worker, not of a record.
    else return rest.forEach((h) => h.reject(typeof cause === "string" ? new Error(`internal: a render worker ran out of ${cause} outside any record`) : cause));
    if (rest.length) send(rest);
  };

  const send = (chunk: Held[]): void => {
    const progress = new Float64Array(new SharedArrayBuffer(16)).fill(-1);
    const { port1, port2 } = new MessageChannel();
    const f: Flight = { pending: new Map(chunk.map((h) => [h.id, h])), progress, abort: new AbortController(), port: port1 };
    flights.add(f);
    port1.on("message", (m: TaskMessage) => {
      const h = f.pending.get(m.id);
      if (!h) return;
      f.pending.delete(m.id);
      if (m.ok) h.resolve(m.value);
      else h.reject(m.error);
      if (f.pending.size === 0) {
        flights.delete(f);
        port1.close();
      }
    });
    const message: ChunkMessage = { tasks: chunk.map((h) => ({ id: h.id, task: h.task })), progress: progress.buffer as SharedArrayBuffer, port: port2 };
    pool.run(message, { transferList: [port2], signal: f.abort.signal }).catch((err: Error & { code?: string }) => {
      // Answers already posted may still be on their way: take them first.
      setImmediate(() => f.pending.size && lost(f, f.timedOut ? "time" : err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : err));
    });
  };

  const watch = setInterval(
    () => {
      const now = Date.now();
      for (const f of flights) {
        const id = f.progress[0]!;
        if (!f.timedOut && id >= 0 && f.pending.has(id) && now - f.progress[1]! > budget.timeoutMs) {
          f.timedOut = true;
          f.abort.abort();
        }
      }
    },
    Math.max(20, Math.min(1000, budget.timeoutMs / 4)),
  );
  watch.unref();

  const flush = (): void => {
    if (!held.length) return;
    const chunk = held;
    held = [];
    send(chunk);
  };
  return {
    workers: count,
    // Two chunks per worker: one being rendered, one waiting.
    inFlight: count * CHUNK * 2,
    run: (task) =>
      new Promise<TaskResult>((resolve, reject) => {
        held.push({ id: nextId++, task, resolve, reject });
        if (held.length >= CHUNK) flush();
      }),
    flush,
    close: async () => {
      clearInterval(watch);
      await pool.destroy();
    },
  };
}
