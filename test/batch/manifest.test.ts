// manifest.jsonl: one line per written file with its record, kind, template version and hash; torn lines ignored.
import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo, renderFiles } from "../../src/index.js";
import { compactManifest, readManifest, type ManifestEntry } from "../../src/pipeline/manifest.js";
import { FIXED_NOW } from "../helpers/samples.js";
import { manifestLines, rotation, tmp, writeJsonl } from "./helpers.js";

const collect = async (dir: string): Promise<ManifestEntry[]> => {
  const out: ManifestEntry[] = [];
  for await (const e of readManifest(dir)) out.push(e);
  return out;
};

describe("manifest.jsonl", () => {
  const dir = tmp();
  const out = join(dir, "out");
  const input = writeJsonl(dir, "dot-4.jsonl", [rotation(0), rotation(1), { kind: "rotation-decision" }, rotation(2)]);

  beforeAll(async () => {
    await renderFiles([input], { outDir: out, io: nodeIo(FIXED_NOW), formats: ["docx", "pdf"], now: FIXED_NOW, workers: 1, manifest: true });
  });

  it("has one line per file written, none for the failed record", () => {
    const lines = manifestLines(out);
    expect(lines.map((e) => [e.record, e.format])).toEqual([
      [1, "docx"], [1, "pdf"], [2, "docx"], [2, "pdf"], [4, "docx"], [4, "pdf"],
    ]);
  });

  it("names input, record, kind, template version, output path, SHA-256 and size", () => {
    const e = manifestLines(out)[1]!;
    expect(e).toMatchObject({ input, record: 1, kind: "rotation-decision", version: "qd65-2022", profile: "party", pages: 1, format: "pdf" });
    expect(e.path).toMatch(/^quyet-dinh-luan-chuyen-2026-0?1-tu\.pdf$/);
    const bytes = readFileSync(join(out, e.path));
    expect(e.bytes).toBe(bytes.length);
    expect(e.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(e.recordHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads past a torn last line and garbage lines without trusting them", async () => {
    const good = manifestLines(out);
    const copy = join(dir, "copy");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(copy);
    writeFileSync(join(copy, "manifest.jsonl"), `${good.map((e) => JSON.stringify(e)).join("\n")}\nnot json\n{"input":"x"}\n`);
    appendFileSync(join(copy, "manifest.jsonl"), JSON.stringify(good[0]).slice(0, 40));
    expect(await collect(copy)).toEqual(good);
  });

  it("compacts to the last line per output, dropping lines whose file is missing or changed", async () => {
    const good = manifestLines(out);
    const older = { ...good[0]!, recordHash: "0".repeat(64) };
    writeFileSync(join(out, "manifest.jsonl"), [older, ...good, { ...good[2]!, path: "khong-co.pdf" }].map((e) => `${JSON.stringify(e)}\n`).join(""));
    const { kept, dropped } = await compactManifest(out);
    expect([kept, dropped]).toEqual([6, 2]);
    expect(manifestLines(out)).toEqual(good);
  });
});
