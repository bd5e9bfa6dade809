// --resume when a file the manifest lists became a FIFO or a link to a device: checked as not a regular file, never read.
import { execFileSync } from "node:child_process";
import { rmSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeIo, renderFiles } from "../../src/index.js";
import { manifestLines, rotation, tmp, writeJsonl } from "../batch/helpers.js";
import { FIXED_NOW } from "../helpers/samples.js";

describe("--resume over special files", () => {
  it("re-renders the documents whose files became a FIFO or /dev/zero, without hanging", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = writeJsonl(dir, "ba.jsonl", [rotation(0), rotation(1), rotation(2)]);
    const opts = { outDir: out, io: nodeIo(FIXED_NOW), formats: ["pdf" as const], now: FIXED_NOW, workers: 1, manifest: true };
    await renderFiles([input], opts);
    const first = manifestLines(out);
    const [a, b] = first;
    rmSync(join(out, a!.path));
    execFileSync("mkfifo", [join(out, a!.path)]);
    rmSync(join(out, b!.path));
    symlinkSync("/dev/zero", join(out, b!.path));
    const report = await renderFiles([input], { ...opts, resume: true });
    expect(report.counts).toMatchObject({ documents: 3, skipped: 1, failed: 0 });
    expect(statSync(join(out, a!.path)).isFile()).toBe(true);
    expect(statSync(join(out, b!.path)).isFile()).toBe(true);
    expect(manifestLines(out).map((e) => e.sha256).sort()).toEqual(first.map((e) => e.sha256).sort());
  }, 30_000);
});
