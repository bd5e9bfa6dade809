// Time and peak memory of reading each hostile file, one child process per file: `npx tsx scripts/hostile-files.ts`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fullSheet, goodBook, HOSTILE_XLSX } from "../test/hostile/hostile-xlsx.js";

const child = process.argv[2];
if (child) {
  // In the child: read the file as a batch would, print seconds, peak RSS and the issue codes.
  const { ingestFile } = await import("../src/ingest/index.js");
  const { nodeIo } = await import("../src/core/index.js");
  const started = performance.now();
  const r = await ingestFile(child, nodeIo());
  const seconds = (performance.now() - started) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds: Number(seconds.toFixed(2)), peakRssMb: Math.round(rss), records: r.records.length, issues: r.issues.map((i) => i.code) }));
} else {
  const dir = mkdtempSync(join(tmpdir(), "cadre-hostile-"));
  const files: Array<[string, () => Promise<Uint8Array>]> = [
    ["a good one-record workbook", goodBook],
    ["20,000 rows x 30 columns (valid, at the row limit)", fullSheet],
    ...Object.entries(HOSTILE_XLSX),
  ];
  for (const [name, make] of files) {
    const path = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    const bytes = await make();
    writeFileSync(path, bytes);
    const r = spawnSync(process.execPath, ["--import", "tsx", process.argv[1]!, path], { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
    console.log(`${name} (${(bytes.length / 1024).toFixed(0)} KB): ${r.stdout.trim() || r.stderr.trim().split("\n").pop()}`);
  }
}
