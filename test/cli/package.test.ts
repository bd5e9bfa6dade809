// The published package: what `npm pack` puts in the tarball, the bin's shebang, and the scripts that build it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/samples.js";

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { bin: Record<string, string>; scripts: Record<string, string>; files: string[] };

describe("the package", () => {
  // Without building: lists what the `files` field keeps (dist is there after `npm ci`, whose `prepare` builds it).
  const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as Array<{ files: Array<{ path: string }> }>;
  const files = packed[0]!.files.map((f) => f.path);

  it("keeps what users need at run time: templates, fonts with their licences, samples for `form`, README, LICENSE", () => {
    for (const f of ["templates/rotation-decision/meta.json", "templates/rotation-decision/party.hbs", "assets/fonts/LiberationSerif-Regular.ttf", "assets/fonts/LICENSE-LiberationSerif.txt", "inputs/party/luan-chuyen-mot-nguoi.json", "README.md", "LICENSE", "docs/huong-dan.md", "docs/api.md", "package.json"]) {
      expect(files).toContain(f);
    }
  });

  it("leaves the repository's own files out", () => {
    expect(files.filter((f) => /^(test|src|scripts|\.ci)\//.test(f) || f.endsWith(".map"))).toEqual([]);
  });

  it.skipIf(!existsSync(`${ROOT}dist/index.js`))("ships the built library, its types and the worker", () => {
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "dist/pipeline/worker.js"]) expect(files).toContain(f);
  });

  it("builds on install from git (prepare) and makes the bin an executable node script", () => {
    expect(pkg.bin["cadre-docs"]).toBe("dist/cli/main.js");
    expect(pkg.scripts.prepare).toBe("npm run build");
    expect(pkg.scripts.build).toContain("scripts/make-bin-executable.mjs");
    expect(readFileSync(`${ROOT}src/cli/main.ts`, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
