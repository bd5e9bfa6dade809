// Idempotency-Key: the same key and request give the kept answer again; a different request under the key is refused.
import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { crashPoint, type Store, type Tx } from "../store/index.js";
import { HttpProblem, problemBody, requestIssue } from "./problem.js";
import type { Answer, KeepAnswer } from "./route.js";

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

/** Takes the key for this request; answers the claim's time (its token: a take-over moves it) or undefined when someone holds it. */
async function claim(store: Store, owner: string, key: string, req: FastifyRequest, hash: string, now: Date): Promise<string | undefined> {
  const inserted = await store.db
    .insertInto("idempotency_keys")
    .values({ key, actor: owner, method: req.method, path: req.url, request_hash: hash, status: null, body: null, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["actor", "key"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return now.toISOString();
  // A first attempt that died mid-way: whoever moves its time forward takes it over (one winner).
  const cutoff = new Date(now.getTime() - ABANDONED_MS).toISOString();
  const taken = await store.db
    .updateTable("idempotency_keys")
    .set({ created_at: now.toISOString() })
    .where("actor", "=", owner).where("key", "=", key).where("status", "is", null).where("request_hash", "=", hash).where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1 ? now.toISOString() : undefined;
}

/** Bytes are not kept (writes answer JSON); a secret shown once is left out of the kept copy (`kept`). */
const bodyText = (answer: Answer): string | null => (Buffer.isBuffer(answer.body) ? null : JSON.stringify((answer.kept ?? answer.body) ?? null));

/**
 * Writes the answer into the key's row inside the write's own transaction, so the write and the kept answer commit
 * together: a crash leaves both or neither, and a retry replays the answer instead of writing again. Refused (rolling the
 * write back) when the claim is no longer this request's: another retry took the key over after it looked abandoned.
 */
async function keepIn(tx: Tx, owner: string, key: string, claimedAt: string, answer: Answer): Promise<void> {
  crashPoint("idempotency-keep");
  const r = await tx.updateTable("idempotency_keys").set({ status: answer.status, body: bodyText(answer) })
    .where("actor", "=", owner).where("key", "=", key).where("status", "is", null).where("created_at", "=", claimedAt)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw new HttpProblem(409, [requestIssue("idempotency_key_conflict")]);
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

/** No key: the write's transaction keeps nothing. */
const keepNothing: KeepAnswer = async () => undefined;

/**
 * Runs a write once per (caller, key); without a key the write simply runs. A write that passes its answer to `keep`
 * inside its transaction is exactly-once even across a crash; other answers are kept right after the write.
 */
export async function runIdempotent(store: Store, now: () => Date, req: FastifyRequest, owner: string | undefined, run: (keep: KeepAnswer) => Promise<Answer>, digest?: string): Promise<Answer> {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  const key = typeof raw === "string" ? raw.trim() : "";
  if (!key) return run(keepNothing);
  if (key.length > 200) throw new HttpProblem(400, [requestIssue("request_invalid", { reason: "Idempotency-Key dài quá 200 ký tự" })]);
  const who = owner ?? `address:${req.ip}`;
  const hash = requestHash(req, digest);
  let claimedAt: string | undefined;
  for (;;) {
    if ((claimedAt = await claim(store, who, key, req, hash, now()))) break;
    const kept = await replay(store, who, key, hash);
    if (kept) return kept;
  }
  let kept = false;
  const keep: KeepAnswer = async (tx, answer) => {
    await keepIn(tx, who, key, claimedAt, answer);
    kept = true;
  };
  let answer: Answer;
  try {
    answer = await run(keep);
  } catch (err) {
    // Once the answer committed with the write, the key keeps it whatever fails afterwards: a retry replays it.
    // (The keeper ran, but its transaction may still have rolled back: the row tells.)
    if (kept && (await read(store, who, key))?.status != null) throw err;
    kept = false;
    if (!(err instanceof HttpProblem)) {
      // Not an answer to keep (a bug or an outage): the key is free again for a retry.
      await store.db.deleteFrom("idempotency_keys").where("actor", "=", who).where("key", "=", key).where("created_at", "=", claimedAt).execute();
      throw err;
    }
    answer = { status: err.status, body: problemBody(err.issues, err.extra) };
  }
  if (kept) return answer;
  await store.db.updateTable("idempotency_keys").set({ status: answer.status, body: bodyText(answer) })
    .where("actor", "=", who).where("key", "=", key).where("created_at", "=", claimedAt).execute();
  return answer;
}

/**
 * Claims left by a process that died (status still empty). On SQLite only this process serves the database, so at
 * start every such claim is dead and is freed: a retry right after a restart runs instead of waiting for the take-over.
 */
export async function freeDeadClaims(store: Store): Promise<number> {
  if (store.dialect !== "sqlite") return 0;
  const r = await store.db.deleteFrom("idempotency_keys").where("status", "is", null).executeTakeFirst();
  return Number(r.numDeletedRows);
}
