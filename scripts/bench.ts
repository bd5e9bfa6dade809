// `npm run bench`: cadre-docs against docxtemplater (+ LibreOffice for PDF) on N invented one-page rotation decisions.
// Options: --n 2000  --runs 3  --workers <cores> (DOCX+PDF is also run with --workers 1 and auto, in turns)  --sample 40 (files per LibreOffice measurement)  --no-baseline
//          --json results.json  --keep;  --memory alone: peak RSS of DOCX+PDF batches of --memory-n (1000,100000),
//          with --arena also under MALLOC_ARENA_MAX=2
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { makeTemplate, templateData, TEMPLATE_PATH } from "./bench-assets/make-template.js";
import { benchRecord } from "./bench-assets/records.js";
import { machine, median, runChild, table, type Row } from "./bench-assets/run.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ASSETS = join(ROOT, "scripts/bench-assets");
const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    workers: { type: "string", default: String(availableParallelism()) },
    sample: { type: "string", default: "40" },
    "no-baseline": { type: "boolean", default: false },
    memory: { type: "boolean", default: false },
    "memory-n": { type: "string", default: "1000,100000" },
    arena: { type: "boolean", default: false },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);
const W = Number(args.workers);
const work = mkdtempSync(join(tmpdir(), "cadre-bench-"));
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Records (and the docxtemplater data for the same content) as JSON Lines, written as a stream. */
async function writeInputs(n: number, dir: string): Promise<{ records: string; data: string }> {
  mkdirSync(dir, { recursive: true });
  const records = createWriteStream(join(dir, "records.jsonl"));
  const data = createWriteStream(join(dir, "docxtemplater-data.jsonl"));
  for (let i = 0; i < n; i++) {
    const r = benchRecord(i);
    if (!records.write(`${JSON.stringify(r)}\n`)) await once(records, "drain");
    if (!data.write(`${JSON.stringify(templateData(r))}\n`)) await once(data, "drain");
  }
  records.end();
  data.end();
  await Promise.all([once(records, "finish"), once(data, "finish")]);
  return { records: join(dir, "records.jsonl"), data: join(dir, "docxtemplater-data.jsonl") };
}

/** One cadre-docs batch from dist/ in a fresh process. */
async function cadre(input: string, formats: string, workers: number | "auto", tag: string, env: NodeJS.ProcessEnv = process.env) {
  const out = join(work, `out-${tag}`);
  const r = await runChild(process.execPath, [join(ASSETS, "cadre-child.mjs"), "--input", input, "--out", out, "--formats", formats, "--workers", String(workers)], env);
  if (r.out.failed) throw new Error(`${r.out.failed} records failed in ${tag}`);
  rmSync(out, { recursive: true, force: true });
  return { rate: r.out.documents! / r.out.seconds!, rss: r.out.maxRssMb!, seconds: r.out.seconds!, cpuMs: (1000 * r.out.cpuSeconds!) / r.out.documents!, workers: r.out.workers! };
}

type CadreRun = Awaited<ReturnType<typeof cadre>>;

const threads = (n: number) => (n === 1 ? "one worker thread" : `${n} worker threads`);

function cadreRow(route: string, output: string, runs: CadreRun[], isDefault: boolean, note = ""): Row {
  const rate = median(runs.map((r) => r.rate));
  log(`${route} ${output}: ${rate.toFixed(1)} docs/s`);
  const rates = runs.map((r) => r.rate.toFixed(0)).join(", ");
  return { route, output, rate, rssMb: Math.max(...runs.map((r) => r.rss)), cpuMs: median(runs.map((r) => r.cpuMs)), note: `median of ${runs.length}: ${rates}${note}`, default: isDefault };
}

/**
 * cadre-docs as `render` runs it by default (`--workers auto`) for DOCX and PDF; then DOCX+PDF with `--workers 1`,
 * `--workers W` and `auto` side by side, run in turns (1, W, auto, 1, W, auto…) so that a change in the machine's
 * load falls on all three alike; the rates are compared with one worker's.
 */
async function cadreRows(input: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [formats, output] of [["docx", "DOCX"], ["pdf", "PDF"]] as const) {
    const runs: CadreRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await cadre(input, formats, "auto", `${formats}-auto-${i}`));
    rows.push(cadreRow(`cadre-docs, default (auto: ${threads(runs[0]!.workers)})`, output, runs, true));
  }
  const settings: Array<number | "auto"> = [1, ...(W === 1 ? [] : [W]), "auto"];
  const runs = new Map<number | "auto", CadreRun[]>(settings.map((s) => [s, []]));
  for (let i = 0; i < RUNS; i++) for (const s of settings) runs.get(s)!.push(await cadre(input, "docx,pdf", s, `pair-${s}-${i}`));
  const one = median(runs.get(1)!.map((r) => r.rate));
  for (const s of settings) {
    const got = runs.get(s)!;
    const chosen = [...new Set(got.map((r) => r.workers))].join("/");
    const route = s === "auto" ? `cadre-docs, default (auto: chose ${chosen})` : `cadre-docs --workers ${s} (${threads(s)})`;
    const ratio = s === 1 ? "" : `; ${(median(got.map((r) => r.rate)) / one).toFixed(2)}× --workers 1`;
    rows.push(cadreRow(route, "DOCX+PDF", got, s === "auto", ratio));
  }
  return rows;
}

/**
 * docxtemplater on W processes, each filling every W-th record. As for cadre-docs, each process is timed from its
 * own start (code loading included) to its last file; the slowest process's time counts.
 */
async function docxtemplater(data: string, tag: string): Promise<{ rate: number; rss: number; cpuMs: number; out: string }> {
  const out = join(work, `dt-${tag}`);
  const parts = await Promise.all(
    Array.from({ length: W }, (_, k) =>
      runChild(process.execPath, [join(ASSETS, "docxtemplater-child.mjs"), "--data", data, "--template", TEMPLATE_PATH, "--out", out, "--part", String(k), "--parts", String(W)]),
    ),
  );
  const wall = Math.max(...parts.map((p) => p.out.seconds!));
  const documents = parts.reduce((s, p) => s + p.out.documents!, 0);
  const cpuMs = (1000 * parts.reduce((s, p) => s + p.out.cpuSeconds!, 0)) / documents;
  return { rate: documents / wall, rss: Math.max(...parts.map((p) => p.out.maxRssMb!)), cpuMs, out };
}

/** LibreOffice converting a sample of docxtemplater's files: W instances, each one call for its share. */
async function soffice(files: string[], tag: string): Promise<number> {
  const groups = Array.from({ length: W }, (_, k) => files.filter((_, i) => i % W === k)).filter((g) => g.length);
  const profile = (k: number) => `-env:UserInstallation=file://${join(work, `lo-profile-${k}`)}`;
  const outDir = join(work, `lo-${tag}`);
  // A first conversion creates each instance's profile; it is not timed.
  await Promise.all(groups.map((g, k) => runChild("soffice", [profile(k), "--headless", "--convert-to", "pdf", "--outdir", join(outDir, "warm"), g[0]!])));
  const started = performance.now();
  await Promise.all(groups.map((g, k) => runChild("soffice", [profile(k), "--headless", "--convert-to", "pdf", "--outdir", outDir, ...g])));
  const wall = (performance.now() - started) / 1000;
  const made = readdirSync(outDir).filter((f) => f.endsWith(".pdf")).length;
  if (made !== files.length) throw new Error(`LibreOffice made ${made} of ${files.length} PDFs`);
  return files.length / wall;
}

async function baselineRows(data: string, ours: Row[]): Promise<Row[]> {
  const dt: Array<{ rate: number; rss: number; cpuMs: number; out: string }> = [];
  for (let i = 0; i < RUNS; i++) dt.push(await docxtemplater(data, String(i)));
  const dtRate = median(dt.map((d) => d.rate));
  // The ratios compare cadre-docs as it runs by default.
  const oursDocx = ours.find((r) => r.output === "DOCX" && r.default)!.rate;
  const oursPair = ours.find((r) => r.output === "DOCX+PDF" && r.default)!.rate;
  const rows: Row[] = [{ route: `docxtemplater (${W} processes)`, output: "DOCX", rate: dtRate, rssMb: Math.max(...dt.map((d) => d.rss)), cpuMs: median(dt.map((d) => d.cpuMs)), ratio: oursDocx / dtRate, note: `median of ${RUNS}` }];
  log(`docxtemplater DOCX: ${dtRate.toFixed(1)} docs/s`);
  const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
  if (!hasSoffice) return [...rows, { route: "LibreOffice", output: "PDF", rate: 0, note: "soffice not installed: not measured" }];
  const sample = readdirSync(dt[0]!.out).filter((f) => f.endsWith(".docx")).slice(0, Number(args.sample)).map((f) => join(dt[0]!.out, f));
  const lo: number[] = [];
  for (let i = 0; i < RUNS; i++) lo.push(await soffice(sample, String(i)));
  const loRate = median(lo);
  log(`soffice DOCX→PDF: ${loRate.toFixed(2)} docs/s`);
  const pairRate = 1 / (1 / dtRate + 1 / loRate);
  rows.push({ route: `LibreOffice soffice --headless (${W} processes)`, output: "DOCX→PDF", rate: loRate, note: `sample of ${sample.length} files per run, extrapolated per document; median of ${RUNS}` });
  rows.push({ route: "docxtemplater + LibreOffice", output: "DOCX+PDF", rate: pairRate, ratio: oursPair / pairRate, note: "time per pair = docxtemplater + soffice per document" });
  return rows;
}

/**
 * glibc gives every thread its own malloc arena and keeps what zlib and the buffers free there: with the
 * default, RSS grows by some 90 MB over the first 20 000 documents, then stays. Two arenas avoid that.
 */
const ENVIRONMENTS: Array<[string, NodeJS.ProcessEnv]> = [
  ["default", process.env],
  ["MALLOC_ARENA_MAX=2", { ...process.env, MALLOC_ARENA_MAX: "2" }],
];

/** Peak memory of DOCX+PDF batches of each size, from a streamed JSON Lines file, with and without the setting. */
async function memoryRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of args["memory-n"].split(",").map(Number)) {
    const { records } = await writeInputs(n, join(work, `mem-${n}`));
    for (const [name, env] of process.platform === "linux" && args.arena ? ENVIRONMENTS : ENVIRONMENTS.slice(0, 1)) {
      const r = await cadre(records, "docx,pdf", "auto", `mem-${n}`, env);
      rows.push({ route: `cadre-docs, default (${r.workers === 1 ? "one worker thread" : `${r.workers} workers`}), ${n} records, ${name}`, output: "DOCX+PDF", rate: r.rate, rssMb: r.rss, cpuMs: r.cpuMs, note: `${r.seconds.toFixed(0)} s` });
      log(`memory ${n} ${name}: ${Math.round(r.rss)} MB, ${r.rate.toFixed(1)} docs/s, ${r.seconds.toFixed(0)} s`);
    }
    rmSync(join(work, `mem-${n}`), { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  log(`building dist/ …`);
  const build = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
  if (!existsSync(TEMPLATE_PATH)) await makeTemplate();
  log(args.memory ? `peak memory for ${args["memory-n"]} records, default threads, in ${work}` : `${N} records, ${RUNS} runs each, ${W} workers, in ${work}`);
  const rows: Row[] = [];
  if (args.memory) rows.push(...(await memoryRows()));
  else {
    const inputs = await writeInputs(N, join(work, "inputs"));
    rows.push(...(await cadreRows(inputs.records)));
    if (!args["no-baseline"]) rows.push(...(await baselineRows(inputs.data, rows)));
  }
  const info = machine();
  const what = args.memory ? `peak memory, ${args["memory-n"]} records` : `${N} one-page rotation decisions`;
  console.log(`\ncadre-docs benchmark: ${what}; ${info.cpus} × ${info.model}, ${info.memoryGb} GB, Node ${info.node}\n`);
  console.log(table(rows));
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ machine: info, n: N, runs: RUNS, workers: W, rows }, null, 2)}\n`);
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

await main();
