// `cadre-docs serve` as a child process for the service benchmark: started, awaited until it listens, stopped with SIGTERM.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Served {
  url: string;
  /** CPU seconds the server process has used so far, all its threads (Linux /proc; undefined elsewhere). */
  cpu(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc/PID/stat, in seconds (USER_HZ is 100 on Linux). */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export async function startServe(root: string, args: string[], env: Record<string, string> = {}): Promise<Served> {
  const port = args[args.indexOf("--port") + 1];
  // CADRE_BENCH_PROFILE=DIR: the server writes a CPU profile per thread there (summarise with scripts/profile-top.ts).
  const prof = process.env.CADRE_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CADRE_BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", join(root, "src/cli/main.ts"), "serve", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  while (!err.includes("đang chạy tại")) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    cpu: () => cpuSeconds(child.pid),
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
