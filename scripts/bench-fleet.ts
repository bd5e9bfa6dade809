// `npm run bench:fleet`: one batch through 1, 2 and 3 `cadre-docs worker` processes on PostgreSQL, against the CLI in one process.
// Options: --n 2000  --runs 3  --workers 1,2,3  --threads 1 (per worker process)  --jobs 40 (queue cost sample)
//          --pg URL (default CADRE_TEST_PG_URL, else scripts/pg-test-cluster.sh start)  --json results.json
//          --no-build (use dist/ as it is)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openQueue, openStore } from "../src/store/index.js";
import { submitFile } from "../src/worker/index.js";
import { fleetRow, pgMillionsPerHour, table, type FleetRun, type Measured } from "./bench-assets/fleet-report.js";
import { backendCpuWatch, freshDatabase, sleep, startWorkerProcess } from "./bench-assets/fleet.js";
import { queueCosts } from "./bench-assets/fleet-costs.js";
import { benchRecord } from "./bench-assets/records.js";
import { machine, median, runChild } from "./bench-assets/run.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    workers: { type: "string", default: "1,2,3" },
    threads: { type: "string", default: "1" },
    jobs: { type: "string", default: "40" },
    pg: { type: "string" },
    json: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);
const THREADS = Number(args.threads);
const log = (s: string) => process.stderr.write(`${s}\n`);
const work = mkdtempSync(join(tmpdir(), "cadre-bench-fleet-"));

function clusterUrl(): string {
  const given = args.pg ?? process.env.CADRE_TEST_PG_URL;
  if (given) return given;
  const r = spawnSync(join(ROOT, "scripts/pg-test-cluster.sh"), ["start"], { encoding: "utf8" });
  const url = r.stdout.split("\n").find((l) => l.startsWith("postgres://"));
  if (r.status !== 0 || !url) throw new Error(`no PostgreSQL: set CADRE_TEST_PG_URL or --pg (pg-test-cluster.sh said: ${r.stderr})`);
  return url.trim();
}

/** The CLI in one process on the same records, with as many render threads as one worker process. */
async function cliRun(records: string, i: number): Promise<Measured> {
  const out = join(work, `cli-${i}`);
  const r = await runChild(process.execPath, [join(ROOT, "scripts/bench-assets/cadre-child.mjs"), "--input", records, "--out", out, "--formats", "docx,pdf", "--workers", String(THREADS)]);
  rmSync(out, { recursive: true, force: true });
  if (r.out.failed || r.out.documents !== N) throw new Error(`CLI: ${r.out.documents} documents, ${r.out.failed} failed`);
  return { seconds: r.out.batchSeconds!, processSeconds: r.out.seconds!, cpuMs: (1000 * r.out.cpuSeconds!) / N };
}

/** The batch submitted to PostgreSQL while `k` worker processes wait; timed from the submit to the batch's last record. */
async function fleetRun(base: string, records: string, k: number, i: number): Promise<FleetRun> {
  const name = `cadre_bench_fleet_${process.pid}_${k}_${i}`;
  const db = await freshDatabase(base, name);
  const dataDir = mkdtempSync(join(work, "data-"));
  const store = await openStore({ databaseUrl: db.url, dataDir, poolSize: 2 });
  const queue = await openQueue(db.url, { poolSize: 2 });
  const workers = await Promise.all(Array.from({ length: k }, () => startWorkerProcess(ROOT, db.url, dataDir, THREADS)));
  try {
    const pg = await backendCpuWatch(base, name);
    const before = workers.map((w) => w.cpu());
    const started = performance.now();
    const { id } = await submitFile(store, queue, { path: records, input: "records.jsonl", unitId: null, createdBy: "bench", formats: ["docx", "pdf"], now: new Date() });
    const submitSeconds = (performance.now() - started) / 1000;
    let row = { state: "running", done: 0, failed: 0 };
    while (row.state === "running") {
      await Promise.all([sleep(100), pg.sample()]);
      row = await store.db.selectFrom("batches").select(["state", "done", "failed"]).where("id", "=", id).executeTakeFirstOrThrow();
    }
    const seconds = (performance.now() - started) / 1000;
    const workerCpu = workers.reduce((s, w, j) => s + w.cpu() - before[j]!, 0);
    const pgCpu = await pg.stop();
    if (Number(row.done) !== N) throw new Error(`fleet of ${k}: ${row.done} done, ${row.failed} failed of ${N}`);
    return { seconds, processSeconds: seconds, cpuMs: (1000 * workerCpu) / N, submitSeconds, pgCpuMs: (1000 * pgCpu) / N };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await queue.close();
    await store.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function writeRecords(): Promise<string> {
  const path = join(work, "records.jsonl");
  writeFileSync(path, `${Array.from({ length: N }, (_, i) => JSON.stringify(benchRecord(i))).join("\n")}\n`);
  return path;
}

async function main(): Promise<void> {
  if (!args["no-build"]) {
    log("building dist/ …");
    const build = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("build failed");
  }
  const base = clusterUrl();
  const counts = args.workers.split(",").map(Number);
  const records = await writeRecords();
  log(`${N} records, ${RUNS} runs, worker processes ${counts.join(", ")} × ${THREADS} thread(s), PostgreSQL ${new URL(base).host}, in ${work}`);
  // In turns (CLI, 1, 2, 3, CLI, 1…) so that a change in the machine's load falls on every setting alike.
  const cli: Measured[] = [];
  const fleet = new Map<number, FleetRun[]>(counts.map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    cli.push(await cliRun(records, i));
    log(`run ${i + 1}: CLI ${(N / cli.at(-1)!.seconds).toFixed(1)} records/s`);
    for (const k of counts) {
      fleet.get(k)!.push(await fleetRun(base, records, k, i));
      log(`run ${i + 1}: ${k} worker(s) ${(N / fleet.get(k)!.at(-1)!.seconds).toFixed(1)} records/s`);
    }
  }
  const costs = await queueCosts(base, Number(args.jobs));
  const cliRate = median(cli.map((c) => N / c.seconds));
  const rows = [fleetRow(`CLI, one process (--workers ${THREADS})`, cli, N, cliRate), ...counts.map((k) => fleetRow(`${k} × cadre-docs worker --threads ${THREADS}`, fleet.get(k)!, N, cliRate))];
  const info = machine();
  console.log(`\ncadre-docs fleet benchmark: ${N} one-page DOCX+PDF decisions, medians of ${RUNS}; ${info.cpus} × ${info.model}, Node ${info.node}\n`);
  console.log(table(rows));
  console.log(`\nQueue and database costs (${costs.jobs} jobs of ${costs.perJob} records, one process, no rendering):`);
  console.log(`  fetch ${costs.fetchMs.toFixed(2)} ms/job; pending check ${costs.pendingMs.toFixed(2)} ms/job; complete alone ${costs.completeMs.toFixed(2)} ms/job;`);
  console.log(`  commit of ${costs.perJob} rendered records ${costs.commitMs.toFixed(2)} ms/job = ${costs.writeMsPerRecord.toFixed(3)} ms/record beyond the completion; submit ${costs.submitMsPerRecord.toFixed(3)} ms/record;`);
  console.log(`  two ~50 KB rendered files of a record adopted into the folder file store (a rename each) ${costs.storeMsPerRecord.toFixed(2)} ms/record`);
  const pgMs = median(fleet.get(counts[0]!)!.map((r) => r.pgCpuMs ?? 0));
  console.log(`  PostgreSQL backends' CPU per record (${counts[0]} worker run): ${pgMs.toFixed(2)} ms → one PostgreSQL core serves ≈ ${pgMillionsPerHour(pgMs)} records/hour`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ machine: info, n: N, runs: RUNS, threads: THREADS, cli, fleet: Object.fromEntries(fleet), costs, rows }, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
