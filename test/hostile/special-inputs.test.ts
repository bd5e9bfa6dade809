// Input paths that are not regular files (a FIFO, /dev/zero, a folder) are refused before a byte is read, in every reader.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeIo } from "../../src/index.js";
import { ingestFile } from "../../src/ingest/index.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-special-"));
const fifo = (name: string): string => {
  execFileSync("mkfifo", [join(dir, name)]);
  return join(dir, name);
};

describe("special files as input", () => {
  it.each([
    ["a FIFO named .json", () => fifo("a.json"), "not_regular"],
    ["a FIFO named .xlsx", () => fifo("a.xlsx"), "not_regular"],
    ["a FIFO named .jsonl", () => fifo("a.jsonl"), "not_regular"],
    ["a folder named .yaml", () => (execFileSync("mkdir", [join(dir, "d.yaml")]), join(dir, "d.yaml")), "directory"],
  ])("%s is refused at once", async (_name, make, reason) => {
    const r = await ingestFile(make(), nodeIo());
    expect(r.issues.map((i) => [i.code, i.params.reason])).toEqual([["file_unreadable", reason]]);
  }, 5_000);

  it("/dev/zero is refused, not read without end", async () => {
    const { readRegularFile } = await import("../../src/core/index.js");
    await expect(readRegularFile("/dev/zero", 1024)).rejects.toMatchObject({ code: "ENOTREG" });
  }, 5_000);
});
