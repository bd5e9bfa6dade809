// `--workers auto`: the number of render threads predicted fastest for this batch on this machine, from measured costs.
import { availableParallelism, freemem, loadavg } from "node:os";

/** What the choice looks at, read once before the batch (machineFacts) or given by a test. */
export interface MachineFacts {
  /** os.availableParallelism(). */
  cores: number;
  /** Memory the batch may still take, in MB (the kernel's available memory, within a cgroup's limit if any). */
  availableMb: number;
  /** Runnable threads of other programs: the one-minute load average (0 on an idle machine). */
  load: number;
}

/**
 * Costs of one-page DOCX+PDF pairs measured on the 2-core VM (docs/benchmarks.md, "How `--workers auto` chooses"):
 * CPU seconds per thread read from /proc/self/task over batches of 2,000 and 16 records.
 */
export interface WorkerCosts {
  /** CPU a render thread spends starting (code, templates, fonts) before its first record. */
  startMs: number;
  /** CPU of the main thread per record (reading, hashing, renaming, the manifest): one thread, whatever the workers. */
  mainMs: number;
  /** CPU of the render thread per record with one worker, and what splitting the batch adds to it (each thread's code warms on fewer records). */
  renderMs: number;
  splitRenderMs: number;
  /** CPU of the whole process per record with one worker (render, main and V8's helper threads), and what splitting adds (more collections, more helper work). */
  totalMs: number;
  splitTotalMs: number;
  /** Peak memory of a one-worker batch, and what each further worker adds (a V8 heap with the code and fonts). */
  baseMb: number;
  workerMb: number;
  /** A further worker must cut the predicted time by this share to be worth its memory. */
  minGain: number;
}

export const MEASURED_COSTS: WorkerCosts = {
  startMs: 450,
  mainMs: 0.65,
  renderMs: 4.0,
  splitRenderMs: 0.6,
  totalMs: 6.2,
  splitTotalMs: 1.3,
  baseMb: 230,
  workerMb: 80,
  minGain: 0.1,
};

/** The most threads a batch starts, as `--workers` accepts. */
const MAX_WORKERS = 256;

/**
 * Predicted seconds for `records` on `workers` threads with `freeCores` cores free: the longest of a render thread's
 * work, the main thread's, and the whole process's CPU spread over the free cores. Splitting costs the same for any
 * count from two: only one and two workers were measured, on two cores.
 */
export function predictSeconds(records: number, workers: number, freeCores: number, c: WorkerCosts = MEASURED_COSTS): number {
  const split = workers > 1 ? 1 : 0;
  const renderThread = c.startMs + (records * (c.renderMs + split * c.splitRenderMs)) / workers;
  const allThreads = (workers * c.startMs + records * (c.totalMs + split * c.splitTotalMs)) / freeCores;
  return Math.max(renderThread, records * c.mainMs, allThreads) / 1000;
}

/** The cores nobody else is using; at least half a core, so a fully loaded machine still compares counts. */
export const freeCores = (m: MachineFacts): number => Math.min(m.cores, Math.max(0.5, m.cores - m.load));

/** Threads the free memory allows: one always, a further one for each workerMb above a one-worker batch's peak. */
export const memoryCap = (m: MachineFacts, c: WorkerCosts = MEASURED_COSTS): number => 1 + Math.max(0, Math.floor((m.availableMb - c.baseMb) / c.workerMb));

/**
 * The thread count predicted fastest for `records` records: counts from 1 up to the cores and the memory cap,
 * each further thread kept only while it cuts the predicted time by minGain or more.
 */
export function chooseWorkers(records: number, m: MachineFacts, c: WorkerCosts = MEASURED_COSTS): number {
  const limit = Math.max(1, Math.min(m.cores, memoryCap(m, c), MAX_WORKERS, Math.ceil(records)));
  const free = freeCores(m);
  let best = 1;
  let bestTime = predictSeconds(records, 1, free, c);
  for (let w = 2; w <= limit; w++) {
    const t = predictSeconds(records, w, free, c);
    if (t > bestTime * (1 - c.minGain)) break;
    best = w;
    bestTime = t;
  }
  return best;
}

/** This machine now: cores, available memory (a cgroup's limit counts), load. */
export function machineFacts(): MachineFacts {
  const limit = process.constrainedMemory?.() ?? 0;
  const available = limit > 0 ? Math.min(freemem(), Math.max(0, limit - process.memoryUsage.rss())) : freemem();
  return { cores: availableParallelism(), availableMb: available / 2 ** 20, load: loadavg()[0] ?? 0 };
}
