// Numbers per second at the workflow level: 50 concurrent clients numbering approved documents in one register,
// on SQLite (one connection, as one `serve` process) and on PostgreSQL (a pool of 10); gaps and duplicates checked after.
// Usage: npx tsx scripts/bench-numbering.ts [--n 2000] [--clients 50] [--pg postgres://…]  (CADRE_TEST_PG_URL is used when set)
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore, type Store } from "../src/store/index.js";
import { actorForUser, addUnit, addUser, performAction, type Actor } from "../src/workflow/index.js";

const { values } = parseArgs({ options: { n: { type: "string" }, clients: { type: "string" }, pg: { type: "string" } } });
const N = Number(values.n ?? 2000);
const CLIENTS = Number(values.clients ?? 50);
const PG_URL = values.pg ?? process.env.CADRE_TEST_PG_URL;
const by = { userId: "cli:bench", unitId: null };

/** Approved documents inserted directly: the benchmark times numbering, not drafting. */
async function prepare(store: Store): Promise<{ registrar: Actor; ids: string[] }> {
  await addUnit(store, by, { code: "BENCH", name: "Ủy ban nhân dân tỉnh Thử Nghiệm", symbol: "UBND" });
  const u = await addUser(store, by, { username: "vanthu", unitCode: "BENCH", role: "registrar", password: "x" });
  if (!u.ok) throw new Error("user");
  const registrar = (await actorForUser(store, u.value.id))!;
  const record = JSON.stringify({ kind: "rotation-decision", issuer: { name: "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", symbol: "UBND", place: "Thử Nghiệm" } });
  const at = new Date().toISOString();
  const ids = Array.from({ length: N }, () => randomUUID());
  for (let i = 0; i < N; i += 500) {
    await store.db.insertInto("documents").values(ids.slice(i, i + 500).map((id) => ({
      id, unit_id: registrar.unitId, kind: "rotation-decision", version: null, profile: "nd30", state: "approved", record, revision: 3, etag: "3-x",
      number: null, number_text: null, register_id: null, issued_date: null, replaces_id: null, created_by: "bench", created_at: at, updated_at: at,
    }))).execute();
  }
  return { registrar, ids };
}

async function run(label: string, store: Store): Promise<string> {
  const { registrar, ids } = await prepare(store);
  const queue = [...ids];
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let id = queue.pop(); id; id = queue.pop()) {
      const r = await performAction(store, registrar, id, "number");
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const rows = await store.db.selectFrom("register_entries").select("number").orderBy("number").execute();
  const numbers = rows.map((r) => Number(r.number));
  const gapsOrDups = numbers.filter((n, i) => n !== i + 1).length + (numbers.length === N ? 0 : 1);
  const line = `${label}: ${N} numbers, ${CLIENTS} clients, ${seconds.toFixed(2)} s, ${Math.round(N / seconds)} numbers/s, gaps or duplicates: ${gapsOrDups}`;
  console.log(line);
  return line;
}

const dir = mkdtempSync(join(tmpdir(), "cadre-bench-"));
try {
  const sqlite = await openStore({ dataDir: dir });
  await run("SQLite (WAL, synchronous=FULL, 1 connection)", sqlite).finally(() => sqlite.close());
  if (PG_URL) {
    const name = `cadre_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const store = await openStore({ dataDir: dir, databaseUrl: url.toString(), poolSize: 10 });
    await run("PostgreSQL 15 (pool of 10, fsync on)", store).finally(() => store.close());
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  } else {
    console.log("PostgreSQL skipped: no --pg URL and CADRE_TEST_PG_URL is not set");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
