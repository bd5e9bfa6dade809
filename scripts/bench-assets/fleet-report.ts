// Figures of `npm run bench:fleet`: one row per setting (medians, ratio to the CLI), as a plain-text table.
import { median } from "./run.js";

export interface Measured {
  /** The batch's time: the CLI's renderFiles, or the queue's submit to last record. */
  seconds: number;
  /** Wall time including the process's start (the CLI) or the same as `seconds` (workers already running). */
  processSeconds: number;
  /** CPU of the rendering processes per record, ms (the CLI's process, or all worker processes). */
  cpuMs: number;
}

export interface FleetRun extends Measured {
  submitSeconds: number;
  /** CPU of the PostgreSQL server processes of the batch's database per record, ms. */
  pgCpuMs: number;
}

export interface FleetRow {
  route: string;
  rate: number;
  rates: number[];
  seconds: number;
  cpuMs: number;
  pgCpuMs?: number;
  ofCli: number;
}

export function fleetRow(route: string, runs: Array<Measured | FleetRun>, n: number, cliRate: number): FleetRow {
  const rates = runs.map((r) => n / r.seconds);
  const pg = runs.flatMap((r) => ("pgCpuMs" in r ? [r.pgCpuMs] : []));
  const rate = median(rates);
  return { route, rate, rates, seconds: median(runs.map((r) => r.seconds)), cpuMs: median(runs.map((r) => r.cpuMs)), pgCpuMs: pg.length ? median(pg) : undefined, ofCli: rate / cliRate };
}

/** Records per hour one PostgreSQL core can serve at `pgMs` of backend CPU per record, rounded. */
export const pgMillionsPerHour = (pgMs: number): string => (pgMs > 0 ? `${((3600 * 1000) / pgMs / 1e6).toFixed(2)} million` : "–");

export function table(rows: FleetRow[]): string {
  const head = ["route", "records/s", "runs", "batch time", "CPU ms/record", "PostgreSQL CPU ms/record", "of the CLI's rate"];
  const cells = rows.map((r) => [
    r.route,
    r.rate.toFixed(1),
    r.rates.map((x) => x.toFixed(0)).join(", "),
    `${r.seconds.toFixed(1)} s`,
    r.cpuMs.toFixed(2),
    r.pgCpuMs === undefined ? "–" : r.pgCpuMs.toFixed(2),
    `${(100 * r.ofCli).toFixed(0)} %`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}
