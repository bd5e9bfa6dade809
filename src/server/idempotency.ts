// Idempotency-Key: the same key and request give the kept answer again; a different request under the key is refused.
import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Store } from "../store/index.js";
import { HttpProblem, problemBody, requestIssue } from "./problem.js";
import type { Answer } from "./route.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** A key whose first request never finished (the process died) may be taken over after this long. */
const ABANDONED_MS = 60_000;
const WAIT_MS = 15_000;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What identifies a request under a key: method, path and body (multipart routes pass their own digest). */
export function requestHash(req: FastifyRequest, digest?: string): string {
  const body = digest ?? (req.body === undefined ? "" : JSON.stringify(req.body));
  return createHash("sha256").update(`${req.method}\n${req.url}\n${body}`).digest("hex");
}

type Row = { request_hash: string; status: number | null; body: string | null; created_at: string };

async function claim(store: Store, owner: string, key: string, req: FastifyRequest, hash: string, now: Date): Promise<boolean> {
  const inserted = await store.db
    .insertInto("idempotency_keys")
    .values({ key, actor: owner, method: req.method, path: req.url, request_hash: hash, status: null, body: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["actor", "key"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return true;
  // A first attempt that died mid-way: whoever moves its time forward takes it over (one winner).
  const cutoff = new Date(now.getTime() - ABANDONED_MS).toISOString();
  const taken = await store.db
    .updateTable("idempotency_keys")
    .set({ created_at: now.toISOString() })
    .where("actor", "=", owner).where("key", "=", key).where("status", "is", null).where("request_hash", "=", hash).where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

const read = (store: Store, owner: string, key: string): Promise<Row | undefined> =>
  store.db.selectFrom("idempotency_keys").select(["request_hash", "status", "body", "created_at"]).where("actor", "=", owner).where("key", "=", key).executeTakeFirst();

/** The kept answer of an earlier request under the key, waiting while that request is still running. */
async function replay(store: Store, owner: string, key: string, hash: string): Promise<Answer | undefined> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const row = await read(store, owner, key);
    if (!row) return undefined;
    if (row.request_hash !== hash) throw new HttpProblem(422, [requestIssue("idempotency_key_conflict")]);
    if (row.status !== null) return { status: row.status, body: row.body === null ? null : JSON.parse(row.body), headers: { "idempotent-replayed": "true" } };
    if (Date.now() > deadline) throw new HttpProblem(409, [requestIssue("idempotency_key_conflict")]);
    await pause(50);
  }
}

/** Runs a write once per (caller, key); without a key the write simply runs. */
export async function runIdempotent(store: Store, now: () => Date, req: FastifyRequest, owner: string | undefined, run: () => Promise<Answer>, digest?: string): Promise<Answer> {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  const key = typeof raw === "string" ? raw.trim() : "";
  if (!key) return run();
  if (key.length > 200) throw new HttpProblem(400, [requestIssue("request_invalid", { reason: "Idempotency-Key dài quá 200 ký tự" })]);
  const who = owner ?? `address:${req.ip}`;
  const hash = requestHash(req, digest);
  for (;;) {
    if (await claim(store, who, key, req, hash, now())) break;
    const kept = await replay(store, who, key, hash);
    if (kept) return kept;
  }
  let answer: Answer;
  try {
    answer = await run();
  } catch (err) {
    if (!(err instanceof HttpProblem)) {
      // Not an answer to keep (a bug or an outage): the key is free again for a retry.
      await store.db.deleteFrom("idempotency_keys").where("actor", "=", who).where("key", "=", key).execute();
      throw err;
    }
    answer = { status: err.status, body: problemBody(err.issues, err.extra) };
  }
  // Bytes are not kept; writes answer JSON; a secret shown once is left out of the kept copy.
  const body = Buffer.isBuffer(answer.body) ? null : JSON.stringify((answer.kept ?? answer.body) ?? null);
  await store.db.updateTable("idempotency_keys").set({ status: answer.status, body }).where("actor", "=", who).where("key", "=", key).execute();
  return answer;
}
