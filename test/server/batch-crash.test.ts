// A batch upload under an Idempotency-Key, `serve` killed (SIGKILL) right after the batch's commit and before its 202: the retry
// after a restart replays the kept answer and there is one batch (SQLite: run here; PostgreSQL: queued for workers).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { writeRecords } from "../worker/process.js";
import { office, tempData } from "./crash-fixtures.js";
import { freePort, serveProcess, type ServeProcess } from "./process.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const upload = (s: ServeProcess, headers: Record<string, string>, path: string) => {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(path)]), "du-thao.jsonl");
  return fetch(`${s.url}/api/batches?mode=drafts`, { method: "POST", headers, body: form });
};

async function withStore<T>(o: { dataDir: string; databaseUrl?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(o);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Upload, killed at `batch-committed`; restart, upload again under the same key: the answers and the batches left. */
async function crashThenRetry(o: { dataDir: string; databaseUrl?: string }) {
  const headers = { ...(await withStore(o, office)).headers.drafter, "idempotency-key": "lo-du-thao-1" };
  const input = join(o.dataDir, "du-thao.jsonl");
  writeRecords(input, 6, 3);
  const args = ["--data", o.dataDir, "--port", String(await freePort()), ...(o.databaseUrl ? ["--db", o.databaseUrl] : [])];
  const armed = await serveProcess(args, { CADRE_TEST_CRASH_AT: "batch-committed" });
  expect(await upload(armed, headers, input).then((r) => r.status, () => "no answer")).toBe("no answer");
  expect((await armed.exited).signal).toBe("SIGKILL");
  const left = await withStore(o, (st) => st.db.selectFrom("batches").select("id").execute());
  expect(left).toHaveLength(1);
  const s = await serveProcess(args);
  try {
    const r = await upload(s, headers, input);
    return { first: left[0]!.id, status: r.status, replayed: r.headers.get("idempotent-replayed"), body: (await r.json()) as { id: string }, batches: await withStore(o, (st) => st.db.selectFrom("batches").select(["id", "state"]).execute()) };
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
}

describe("a batch upload's Idempotency-Key across a crash (SQLite, a real serve process)", () => {
  it("a kill between the batch's commit and its answer: the retry replays the 202 with the same batch, no second batch", { timeout: 300_000 }, async () => {
    const r = await crashThenRetry({ dataDir: tempData(dirs) });
    expect(r).toMatchObject({ status: 202, replayed: "true", body: { id: r.first } });
    expect(r.batches.map((b) => b.id)).toEqual([r.first]);
  });
});

describePg("a batch upload's Idempotency-Key across a crash (PostgreSQL, a real serve process)", (serverUrl) => {
  it("a kill between the queued batch's commit and its answer: the retry replays the 202, one batch and one set of jobs", { timeout: 300_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    try {
      const o = { dataDir: tempData(dirs), databaseUrl: db.url };
      const r = await crashThenRetry(o);
      expect(r).toMatchObject({ status: 202, replayed: "true", body: { id: r.first } });
      expect(r.batches).toEqual([{ id: r.first, state: "running" }]);
      const items = await withStore(o, (st) => st.db.selectFrom("batch_items").select("seq").where("batch_id", "=", r.first).execute());
      expect(items).toHaveLength(6);
    } finally {
      await db.drop();
    }
  });
});
