// Benchmark plumbing: child processes with timing, medians, the machine's description, a plain-text table.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

export interface ChildResult {
  wall: number;
  out: Record<string, number>;
}

/** Runs a command, resolving with its wall time and the JSON object it printed last. */
export function runChild(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${stderr}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      resolve({ wall, out: last.startsWith("{") ? (JSON.parse(last) as Record<string, number>) : {} });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function machine(): Record<string, string | number> {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "?";
  return { cpus: cpus().length, model, memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10, node: process.version, platform: `${process.platform} ${process.arch}` };
}

export interface Row {
  route: string;
  output: string;
  rate: number;
  rssMb?: number;
  /** CPU time of all threads per document, in milliseconds: steadier than the rate on a busy machine. */
  cpuMs?: number;
  note?: string;
  ratio?: number;
  /** cadre-docs as `render` runs by default: the ratios use these rows. */
  default?: boolean;
}

export function table(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.route,
    r.output,
    r.rate.toFixed(1),
    r.rssMb === undefined ? "–" : `${Math.round(r.rssMb)} MB`,
    r.cpuMs === undefined ? "–" : r.cpuMs.toFixed(2),
    r.ratio === undefined ? "" : `${r.ratio.toFixed(1)}×`,
    r.note ?? "",
  ]);
  const head = ["route", "output", "docs/s", "peak RSS", "CPU ms/doc", "cadre-docs is", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}
