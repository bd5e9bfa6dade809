// `cadre-docs serve` as a child process on a port of its own: wait until it listens, stop it with a signal.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { ROOT } from "../helpers/samples.js";

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `cadre-docs COMMAND ARGS` as a child process, returned once its stderr holds `ready` (it fails if the process ends first). */
export async function cliProcess(command: string, args: string[], ready: string, env: Record<string, string>, timeoutMs: number): Promise<Omit<ServeProcess, "url">> {
  const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, command, ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString("utf8")));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + timeoutMs;
  while (!err.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${command} did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, stderr: () => err, exited };
}

export async function serveProcess(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<ServeProcess> {
  const port = args[args.indexOf("--port") + 1];
  return { ...(await cliProcess("serve", args, "đang chạy tại", env, timeoutMs)), url: `http://127.0.0.1:${port}` };
}

/** A port free on 127.0.0.1 right now (the system picks it), for a child server of one test. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
