// What a crashed process left, put right when `serve` starts: dead Idempotency-Key claims, body signatures owed by numbered documents.
import type { FastifyBaseLogger } from "fastify";
import type { Store } from "../store/index.js";
import type { RenderSettings } from "./doc-files.js";
import { freeDeadClaims } from "./idempotency.js";
import { completeOwedBodySignatures } from "./signing.js";

export interface Recovered {
  freedKeys: number;
  bodySignatures: { completed: number; owed: number };
}

/** Runs before the server listens, so the first request already sees a healed database. */
export async function recoverAtStart(store: Store, settings: RenderSettings, log: FastifyBaseLogger): Promise<Recovered> {
  const freedKeys = await freeDeadClaims(store);
  const bodySignatures = await completeOwedBodySignatures(store, settings, log);
  const done: Recovered = { freedKeys, bodySignatures };
  if (freedKeys || bodySignatures.completed || bodySignatures.owed) log.info(done, "recovered what a stopped process left");
  return done;
}
