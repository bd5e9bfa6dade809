// `cadre-docs worker` as a real child process: started, waited for, killed or stopped; and a file of small generated records.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { ROOT } from "../helpers/samples.js";

export interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function workerProcess(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, "worker", ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString("utf8")));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + timeoutMs;
  while (!err.includes("đang nhận việc")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, stderr: () => err, exited };
}

/** `count` one-person rotation decisions (each its own person), every `badEvery`-th without a birth date. */
export function writeRecords(path: string, count: number, badEvery: number): number[] {
  const { number: _n, ...base } = JSON.parse(readFileSync(`${ROOT}inputs/nd30/dieu-dong-mot-nguoi.json`, "utf8")) as Record<string, unknown> & { people: Array<Record<string, unknown>> };
  const bad: number[] = [];
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const person: Record<string, unknown> = { ...base.people[0]!, fullName: `Nguyễn Văn Thử ${i}` };
    if (i % badEvery === 0) {
      delete person.birthDate;
      bad.push(i);
    }
    lines.push(JSON.stringify({ ...base, people: [person] }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return bad;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
