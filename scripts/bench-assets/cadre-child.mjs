// Benchmark child: one cadre-docs batch from the built dist/, reporting time, peak memory and CPU as JSON.
import process from "node:process";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { nodeIo, renderFiles } from "../../dist/index.js";

const { values } = parseArgs({ options: { input: { type: "string" }, out: { type: "string" }, formats: { type: "string" }, workers: { type: "string" } } });
const io = nodeIo();
// Timed from the process's start (performance.now()'s origin): loading the code, and for cadre-docs starting
// the worker threads, count as they do for a clerk running the command.
const started = 0;

const report = await renderFiles([values.input], {
  outDir: values.out,
  io,
  formats: values.formats.split(","),
  now: io.now,
  // "auto" is what `cadre-docs render` does without --workers; "default" leaves the option out.
  workers: values.workers === "default" ? undefined : values.workers === "auto" ? "auto" : Number(values.workers),
  documentsLimit: 0,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    workers: report.summary.workers,
    documents: report.counts.documents,
    failed: report.counts.failed,
    seconds,
    // The batch's own time (renderFiles, from its first record), without loading the code.
    batchSeconds: report.summary.seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
