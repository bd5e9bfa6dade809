// A worker's temporary folder: next to the file store, named by host and process; a killed worker's leftovers on this host are removed by the next.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { workerScratch } from "../../src/worker/scratch.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-scratch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("workerScratch", () => {
  it("makes <host>-<pid>- folders and removes only those of this host's dead processes", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const deadPid = Number(dead.stdout);
    const root = join(dir, ".incoming");
    const leftover = join(root, `cadre-worker-${hostname()}-${deadPid}-AbC123`);
    const otherHost = join(root, `cadre-worker-another-host-${deadPid}-AbC123`);
    const living = join(root, `cadre-worker-${hostname()}-${process.ppid}-XyZ789`);
    for (const d of [leftover, otherHost, living]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, "quyet-dinh.pdf.1.tmp"), "x");
    }
    const made = await workerScratch(root);
    expect(dirname(made)).toBe(root);
    expect(basename(made)).toMatch(new RegExp(`^cadre-worker-${hostname()}-${process.pid}-`));
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(otherHost)).toBe(true);
    expect(existsSync(living)).toBe(true);
    expect(readdirSync(root).sort()).toEqual([basename(made), basename(otherHost), basename(living)].sort());
  });

  it("falls back to the system's temporary folder for a store without a folder (the database store)", async () => {
    const made = await workerScratch(undefined);
    try {
      expect(dirname(made)).toBe(tmpdir());
    } finally {
      rmSync(made, { recursive: true, force: true });
    }
  });
});
