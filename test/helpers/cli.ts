// Runs the real CLI in a child process (through tsx) and captures its exit code and output.
import { spawnSync } from "node:child_process";
import { ROOT } from "./samples.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, ...args], { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "", ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
