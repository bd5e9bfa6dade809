// Temporary files a killed batch left behind are removed before a resume; a live process's are kept.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeStaleTemps } from "../../src/pipeline/resume.js";
import { tmp } from "./helpers.js";

describe("removeStaleTemps", () => {
  it("removes the temporaries of a dead process in every folder, in both name formats", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const dir = tmp();
    mkdirSync(join(dir, "unit"));
    const names = [
      `a.pdf.${dead}.0a1b2c3d.tmp`,
      `b.docx.${dead}.0a1b2c3d.2s.tmp`,
      `unit/c.pdf.${dead}.ffffffff.0.tmp`,
      `d.pdf.${process.pid}.0a1b2c3d.1.tmp`,
      `manifest.jsonl.${dead}.tmp`,
      "e.pdf",
    ];
    for (const n of names) writeFileSync(join(dir, n), "x");
    expect(await removeStaleTemps(dir)).toBe(4);
    expect(readdirSync(dir).sort()).toEqual([`d.pdf.${process.pid}.0a1b2c3d.1.tmp`, "e.pdf", "unit"]);
    expect(readdirSync(join(dir, "unit"))).toEqual([]);
  });
});
