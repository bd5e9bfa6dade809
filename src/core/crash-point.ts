// Test-only crash points: with CADRE_TEST_CRASH_AT=<name> the process kills itself (SIGKILL) at that point; unset, nothing happens.
export type CrashPoint =
  /** A create's transaction (document, history, audit and, under an Idempotency-Key, the kept answer) has committed. */
  | "create-committed"
  /** Inside a write's transaction, just before the Idempotency-Key's answer is written: nothing of it commits. */
  | "idempotency-keep"
  /** The number of a signed document has committed; the body's signature is not made yet. */
  | "number-signed-committed"
  /** A draft of a batch and its batch item have committed (with CADRE_TEST_CRASH_AFTER=N: the N-th one); in `serve` or a worker. */
  | "batch-draft-committed"
  /** A batch upload's row (and its jobs on PostgreSQL) has committed; the 202 answer is not sent yet. */
  | "batch-committed"
  /** A final batch's progress counts written documents (with CADRE_TEST_CRASH_AFTER=N: once N are written). */
  | "batch-final-progress";

const hits = new Map<CrashPoint, number>();

/**
 * Dies at once, as a power cut or `kill -9` would, so tests can prove that a restart heals what a crash
 * at this exact point leaves. Inert in production: only the environment variable, set by a test, arms it.
 */
export function crashPoint(name: CrashPoint, count?: number): void {
  if (process.env.CADRE_TEST_CRASH_AT !== name) return;
  const n = count ?? (hits.get(name) ?? 0) + 1;
  hits.set(name, n);
  if (n >= Number(process.env.CADRE_TEST_CRASH_AFTER ?? 1)) process.kill(process.pid, "SIGKILL");
}
