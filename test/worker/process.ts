// `cadre-docs worker` as a real child process: started, waited for, killed or stopped; and a file of small generated records.
import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { ROOT } from "../helpers/samples.js";
import { cliProcess } from "../server/process.js";

export interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const workerProcess = (args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<WorkerProcess> =>
  cliProcess("worker", args, "đang nhận việc", env, timeoutMs);

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
