// exceljs is loaded only when a workbook is read or written: JSON batches and render workers never pay for it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/samples.js";
import { rotation, tmp, writeJsonl } from "./helpers.js";

/** Runs an ES module body under tsx in a fresh process and returns what it printed. */
function run(body: string): string {
  const script = `import { createRequire } from "node:module";
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes("/node_modules/exceljs/"));
${body}`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  expect(r.stderr).toBe("");
  return r.stdout.trim();
}

describe("exceljs loads lazily", () => {
  it("is not loaded by the render worker's modules", () => {
    expect(run(`await import("./src/pipeline/worker.ts"); console.log(loaded());`)).toBe("false");
  });

  it("is not loaded by a JSON Lines batch, and is by an .xlsx one", () => {
    const dir = tmp();
    const input = writeJsonl(dir, "two.jsonl", [rotation(0), rotation(1)]);
    const out = run(`const { nodeIo, renderFiles } = await import("./src/index.ts");
const io = nodeIo();
const opts = (o) => ({ outDir: ${JSON.stringify(dir)} + o, io, formats: ["docx"], now: io.now, workers: 1 });
const a = await renderFiles([${JSON.stringify(input)}], opts("/a"));
const before = loaded();
const b = await renderFiles([${JSON.stringify(join(ROOT, "inputs/xlsx/rotation-decision.xlsx"))}], opts("/b"));
console.log(a.counts.documents, before, b.counts.documents > 0, loaded());`);
    expect(out).toBe("2 false true true");
  });
});
