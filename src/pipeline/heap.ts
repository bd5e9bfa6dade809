// How much garbage V8 lets the heap gather before a full collection, for a batch process.
import { setFlagsFromString } from "node:v8";

/**
 * The old generation may grow to twice what survived the last full collection (V8's factor is 1 + percent / 100).
 *
 * Without it V8 picks a factor of up to 4 on a machine with a few GB of memory, and a batch of one-page documents
 * leaves its garbage (mostly output buffers and pdfkit's objects promoted mid-document) in the old generation until
 * a full collection: the heap swung between ~35 MB live and ~100 MB, and the process peaked at 250-280 MB
 * (docs/benchmarks.md). Measured on 5,000 one-page DOCX+PDF pairs in one thread: peak RSS 255 MB with V8's
 * choice, 168 MB at 60, 182 MB at 100, 204 MB at 150, with the same wall time within noise (20-21 s) and at most
 * 10% more CPU at 60. 100 keeps full collections rare enough to cost nothing measurable.
 */
export const HEAP_GROWING_PERCENT = 100;

const FLAG = "--heap-growing-percent";

/**
 * The V8 flag a batch process should set, or undefined when the user chose a growing factor of their own
 * (on the command line or in NODE_OPTIONS).
 */
export function heapFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  const given = [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((a) => a === FLAG || a.startsWith(`${FLAG}=`) || a.startsWith("--heap_growing_percent"));
  return given ? undefined : `${FLAG}=${HEAP_GROWING_PERCENT}`;
}

/**
 * Bounds the heap of a program that renders in its own thread (`workers` 1). V8 reads the factor at every full
 * collection, so setting it after start-up takes effect. A batch (renderFiles) no longer needs it: every record
 * renders in a worker thread under its budget (pool.ts), and worker threads size their heaps through their
 * resourceLimits, which give a smaller factor (about 1.4); the flag, being process-wide, loosens that. Measured on
 * 2,000 one-page pairs with one render worker: peak RSS 247-252 MB with the flag (6 runs), 226-229 MB without (3 runs;
 * same CPU within noise), and with two workers on 5,000 pairs 320 MB against 276 MB. So `render` does not call it.
 * Returns the flag set, if any.
 */
export function tuneHeapForBatch(workers: number): string | undefined {
  const flag = workers <= 1 ? heapFlag(process.execArgv, process.env.NODE_OPTIONS) : undefined;
  if (flag) setFlagsFromString(flag);
  return flag;
}
