// What a crashed process left, put right when `serve` starts: dead Idempotency-Key claims, body signatures owed by
// numbered documents, batches left running.
import { resumeBatches, type Resumed } from "./batch-resume.js";
import type { BatchContext } from "./batches.js";
import { freeDeadClaims } from "./idempotency.js";
import { completeOwedBodySignatures } from "./signing.js";

export interface Recovered {
  freedKeys: number;
  bodySignatures: { completed: number; owed: number };
  batches: Resumed;
}

/** Runs before the server listens, so the first request already sees a healed database (resumed batches run on in the background). */
export async function recoverAtStart(ctx: BatchContext): Promise<Recovered> {
  const { store, settings, log } = ctx;
  const freedKeys = await freeDeadClaims(store);
  const bodySignatures = await completeOwedBodySignatures(store, settings, log);
  const batches = await resumeBatches(ctx);
  const done: Recovered = { freedKeys, bodySignatures, batches };
  if (freedKeys || bodySignatures.completed || bodySignatures.owed) log.info(done, "recovered what a stopped process left");
  return done;
}
