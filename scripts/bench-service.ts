// `npm run bench:service`: the HTTP service on this machine — preview p95 with 10 clients, numbers/s with 50 clients
// (SQLite, and PostgreSQL when CADRE_TEST_PG_URL or --pg is set; gaps and duplicates checked after), a batch through the API vs the CLI.
// Options: --only preview,number,batch  --preview-n 400  --number-n 2000  --batch-n 10000  --pg postgres://…  --port 18090
//   --render-workers 0,2: the preview once per value, back to back (0: renders on the HTTP thread, the old path)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore, type StoreOptions } from "../src/store/index.js";
import { addToken, addUnit } from "../src/workflow/index.js";
import { approvedDocuments } from "../test/helpers/approved.js";
import { benchRecord } from "./bench-assets/records.js";
import { machine, runChild } from "./bench-assets/run.js";
import { startServe, type Served } from "./bench-assets/serve.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { values: args } = parseArgs({
  options: {
    only: { type: "string", default: "preview,number,batch" },
    "preview-n": { type: "string", default: "400" },
    "number-n": { type: "string", default: "2000" },
    "batch-n": { type: "string", default: "10000" },
    pg: { type: "string", default: process.env.CADRE_TEST_PG_URL ?? "" },
    port: { type: "string", default: "18090" },
    "render-workers": { type: "string", default: "0,2" },
  },
});
const only = new Set(args.only!.split(","));
const port = Number(args.port);
const work = mkdtempSync(join(tmpdir(), "cadre-bench-service-"));
const PASSWORD = "bench-mat-khau-01";
const by = { userId: "cli:bench", unitId: null };

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** CPU ms per call of the server (all threads) and of this benchmark's client: what a call costs whatever the machine's load. */
function cpuPerCall(s: Served, n: number): () => string {
  const server = s.cpu();
  const client = process.cpuUsage();
  return () => {
    const serverMs = ((s.cpu() ?? NaN) - (server ?? NaN)) * 1000 / n;
    const c = process.cpuUsage(client);
    return `CPU per call: server ${serverMs.toFixed(1)} ms, client ${((c.user + c.system) / 1000 / n).toFixed(1)} ms`;
  };
}

/** Runs `n` calls with `clients` in parallel; the latency of each in ms and the wall time in s. */
async function load(n: number, clients: number, call: (i: number) => Promise<void>): Promise<{ ms: number[]; seconds: number }> {
  const ms: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < n; i = next++) {
      const t = performance.now();
      await call(i);
      ms.push(performance.now() - t);
    }
  }));
  return { ms, seconds: (performance.now() - started) / 1000 };
}

async function preview(workers: string): Promise<string> {
  const s = await startServe(ROOT, ["--data", join(work, `preview-${workers}`), "--port", String(port), "--render-workers", workers], { CADRE_ADMIN_PASSWORD: PASSWORD });
  try {
    const login = await fetch(`${s.url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password: PASSWORD }) });
    const headers = { "content-type": "application/json", cookie: login.headers.get("set-cookie")!.split(";")[0]!, "x-requested-with": "cadre-docs" };
    const { number: _n, ...record } = benchRecord(1);
    const body = JSON.stringify({ record });
    const call = async () => {
      const r = await fetch(`${s.url}/api/preview`, { method: "POST", headers, body });
      if (r.status !== 200) throw new Error(`preview ${r.status}: ${await r.text()}`);
      await r.arrayBuffer();
    };
    await load(40, 10, call);
    const cpu = cpuPerCall(s, Number(args["preview-n"]));
    const r = await load(Number(args["preview-n"]), 10, call);
    return `preview, ${workers} render threads, 10 clients, ${r.ms.length} requests (load ${loadavg()[0]!.toFixed(1)}): p50 ${quantile(r.ms, 0.5).toFixed(1)} ms, p95 ${quantile(r.ms, 0.95).toFixed(1)} ms, p99 ${quantile(r.ms, 0.99).toFixed(1)} ms, ${(r.ms.length / r.seconds).toFixed(0)} previews/s; ${cpu()}`;
  } finally {
    await s.stop();
  }
}

/** A unit with `n` approved documents and a registrar token, made through the workflow before the server starts. */
async function numbering(name: string, options: StoreOptions, serveArgs: string[]): Promise<string> {
  const n = Number(args["number-n"]);
  const { ids, token } = await approvedDocuments(options, n, benchRecord);
  const s: Served = await startServe(ROOT, [...serveArgs, "--port", String(port)]);
  let failed = 0;
  let r: { ms: number[]; seconds: number };
  let floor: number;
  let floorCpu: string;
  let cpuLine: string;
  try {
    // The HTTP stack alone with the same clients (a bearer GET that touches no table): the ceiling on this machine.
    const plainCpu = cpuPerCall(s, 1000);
    const plain = await load(1000, 50, async () => void (await (await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer()));
    floor = 1000 / plain.seconds;
    floorCpu = plainCpu();
    const numberCpu = cpuPerCall(s, n);
    r = await load(n, 50, async (i) => {
      const res = await fetch(`${s.url}/api/documents/${ids[i]}/actions/number`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" });
      if (res.status !== 200) failed++;
      await res.arrayBuffer();
    });
    cpuLine = numberCpu();
  } finally {
    await s.stop();
  }
  const store = await openStore(options);
  const rows = await store.db.selectFrom("register_entries").select("number").orderBy("number").execute();
  await store.close();
  const numbers = rows.map((x) => Number(x.number));
  const gapsOrDups = numbers.filter((x, i) => x !== i + 1).length + (numbers.length !== n ? Math.abs(n - numbers.length) : 0);
  return `numbering on ${name} (load ${loadavg()[0]!.toFixed(1)}), 50 clients, ${n} documents: ${(n / r.seconds).toFixed(0)} numbers/s, p95 ${quantile(r.ms, 0.95).toFixed(1)} ms, ${failed} refused, ${gapsOrDups} gaps or duplicates; ${cpuLine} (GET /api/session alone: ${floor.toFixed(0)}/s; ${floorCpu})`;
}

async function batch(): Promise<string> {
  const n = Number(args["batch-n"]);
  const input = join(work, "batch.jsonl");
  writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify(benchRecord(i))).join("\n"));
  const cli = await runChild(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "render", input, "--out", join(work, "cli-out"), "--no-progress", "--no-manifest"]);
  rmSync(join(work, "cli-out"), { recursive: true, force: true });
  const store = await openStore({ dataDir: join(work, "batch") });
  await addUnit(store, by, { code: "TH", name: "Ủy ban nhân dân tỉnh Thanh Hóa", profile: "nd30", symbol: "UBND" });
  const token = await addToken(store, by, { unitCode: "TH", role: "drafter" });
  await store.close();
  if (!token.ok) throw new Error("token");
  const s = await startServe(ROOT, ["--data", join(work, "batch"), "--port", String(port)]);
  try {
    const auth = { authorization: `Bearer ${token.value.token}` };
    const form = new FormData();
    form.append("file", new Blob([await import("node:fs/promises").then((f) => f.readFile(input))]), "batch.jsonl");
    const started = performance.now();
    const res = await fetch(`${s.url}/api/batches?mode=final`, { method: "POST", headers: auth, body: form });
    const { id } = (await res.json()) as { id: string };
    let b: { state: string; done: number };
    do {
      await new Promise((r) => setTimeout(r, 500));
      b = (await (await fetch(`${s.url}/api/batches/${id}`, { headers: auth })).json()) as { state: string; done: number };
    } while (b.state === "running");
    const api = (performance.now() - started) / 1000;
    const zipStarted = performance.now();
    const zip = await fetch(`${s.url}/api/batches/${id}/files.zip`, { headers: auth });
    const zipBytes = (await zip.arrayBuffer()).byteLength;
    const zipSeconds = (performance.now() - zipStarted) / 1000;
    const cliRate = n / cli.wall;
    const apiRate = b.done / api;
    return `batch of ${n} one-page decisions (DOCX+PDF): CLI ${cli.wall.toFixed(1)} s with its start (${cliRate.toFixed(0)} records/s), ` +
      `API ${api.toFixed(1)} s from upload to done (${apiRate.toFixed(0)} records/s, ${b.state}), API/CLI ${((apiRate / cliRate) * 100).toFixed(0)} %; ` +
      `files.zip (${Math.round(zipBytes / 2 ** 20)} MB) downloaded in ${zipSeconds.toFixed(1)} s`;
  } finally {
    await s.stop();
  }
}

async function main(): Promise<void> {
  // Each figure is printed as soon as it is measured.
  const lines = { push: (line: string) => console.log(line) };
  lines.push(`machine: ${JSON.stringify(machine())}`);
  if (only.has("preview")) for (const w of args["render-workers"]!.split(",")) lines.push(await preview(w));
  if (only.has("number")) {
    lines.push(await numbering("SQLite", { dataDir: join(work, "num-sqlite") }, ["--data", join(work, "num-sqlite")]));
    if (args.pg) {
      const db = `cadre_bench_${Date.now()}`;
      const admin = new pg.Client({ connectionString: args.pg });
      await admin.connect();
      await admin.query(`create database ${db}`);
      const url = Object.assign(new URL(args.pg), { pathname: `/${db}` }).toString();
      try {
        lines.push(await numbering("PostgreSQL", { databaseUrl: url, dataDir: join(work, "num-pg") }, ["--db", url, "--data", join(work, "num-pg")]));
      } finally {
        await admin.query(`drop database if exists ${db}`).catch((err: Error) => console.error(`(database ${db} left behind: ${err.message})`));
        await admin.end();
      }
    } else lines.push("numbering on PostgreSQL: skipped (no CADRE_TEST_PG_URL / --pg)");
  }
  if (only.has("batch")) lines.push(await batch());
}

main().finally(() => rmSync(work, { recursive: true, force: true })).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
