// writeFileAtomic: whole files only, folders made once and again when they vanish, no temporary file left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atomicTempPid, writeFileAtomic } from "../../src/core/index.js";

const tmp = (): string => mkdtempSync(join(tmpdir(), "cadre-atomic-"));

describe("writeFileAtomic", () => {
  it("makes missing folders and writes the bytes", async () => {
    const dir = tmp();
    const path = join(dir, "a", "b", "doc.pdf");
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["doc.pdf"]);
  });

  it("makes a folder again when it was removed after an earlier write into it", async () => {
    const dir = tmp();
    const sub = join(dir, "unit");
    await writeFileAtomic(join(sub, "one.txt"), "one");
    rmSync(sub, { recursive: true });
    await writeFileAtomic(join(sub, "two.txt"), "two");
    expect(readdirSync(sub)).toEqual(["two.txt"]);
    expect(readFileSync(join(sub, "two.txt"), "utf8")).toBe("two");
  });

  it("gives concurrent writes into one folder distinct temporary names", async () => {
    const dir = tmp();
    const names = Array.from({ length: 200 }, (_, i) => `doc-${i}.docx`);
    await Promise.all(names.map((n) => writeFileAtomic(join(dir, n), n)));
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    for (const n of names) expect(readFileSync(join(dir, n), "utf8")).toBe(n);
  });

  it("replaces an existing file whole", async () => {
    const dir = tmp();
    const path = join(dir, "doc.txt");
    await writeFileAtomic(path, "old and longer");
    await writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["doc.txt"]);
  });

  it("fails without leaving a temporary file when the target cannot be replaced", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "taken"));
    mkdirSync(join(dir, "taken", "inside"));
    await expect(writeFileAtomic(join(dir, "taken"), "x")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["taken"]);
  });
});

describe("atomicTempPid", () => {
  it("recognises the temporary names writeFileAtomic gives, old and new, and nothing else", () => {
    expect(atomicTempPid("Quyết định 12.pdf.4242.0a1b2c3d.1z.tmp")).toBe(4242);
    expect(atomicTempPid("doc.docx.77.deadbeef.tmp")).toBe(77);
    expect(atomicTempPid("doc.docx")).toBeUndefined();
    expect(atomicTempPid("notes.tmp")).toBeUndefined();
    expect(atomicTempPid("manifest.jsonl.12.tmp")).toBeUndefined();
  });
});
