// Plumbing of `npm run bench:fleet`: a throwaway database, `cadre-docs worker` processes, CPU read from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

const TICK = 100; // USER_HZ on Linux

/** CPU seconds (user + system) of a process so far, or 0 when it is gone or not readable. */
export function cpuOf(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return 0;
  }
}

/** A fresh database in the cluster of `baseUrl`; drop() removes it (connections forced off). */
export async function freshDatabase(baseUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`).catch((err: Error) => console.error(`(database ${name} left behind: ${err.message})`));
      await admin.end();
    },
  };
}

/**
 * CPU of the PostgreSQL server processes serving `database` (the cluster runs on this machine, so /proc shows them),
 * sampled while the batch runs: a connection closed between samples loses at most one interval of its CPU.
 */
export async function backendCpuWatch(baseUrl: string, database: string): Promise<{ sample(): Promise<void>; stop(): Promise<number> }> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = async (): Promise<void> => {
    const r = await c.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [database]);
    for (const { pid } of r.rows) last.set(Number(pid), Math.max(last.get(Number(pid)) ?? 0, cpuOf(Number(pid))));
  };
  await sample();
  for (const [pid, cpu] of last) start.set(pid, cpu);
  return {
    sample,
    async stop() {
      await sample();
      await c.end();
      return [...last].reduce((s, [pid, cpu]) => s + cpu - (start.get(pid) ?? 0), 0);
    },
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  cpu(): number;
  stop(): Promise<void>;
}

/** `cadre-docs worker` from dist/ as a child process, awaited until it says it takes jobs. */
export async function startWorkerProcess(root: string, url: string, dataDir: string, threads: number): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(root, "dist/cli/main.js"), "worker", "--db", url, "--data", dataDir, "--threads", String(threads)], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  while (!err.includes("đang nhận việc")) {
    if (child.exitCode !== null) throw new Error(`worker exited ${child.exitCode}: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    cpu: () => cpuOf(child.pid!),
    async stop() {
      child.kill("SIGTERM");
      await exited;
      if (err.includes("lỗi khi")) console.error(`worker ${child.pid}: ${err.trim()}`);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
