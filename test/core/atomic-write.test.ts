// writeFileAtomic: whole files only, folders made once and again when they vanish, no temporary file left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atomicTempPid, commitTemp, writeFileAtomic, writeTempSync } from "../../src/core/index.js";

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

describe("writeTempSync (a worker thread's writes)", () => {
  it("writes the bytes under a temporary name next to the path, which commitTemp renames into place", async () => {
    const dir = tmp();
    const path = join(dir, "a", "doc.pdf");
    const temp = writeTempSync(path, new Uint8Array([4, 5, 6]));
    expect(atomicTempPid(temp.slice(dir.length + 3))).toBe(process.pid);
    expect(readdirSync(join(dir, "a"))).toEqual([temp.slice(dir.length + 3)]);
    await commitTemp(temp, path);
    expect([...readFileSync(path)]).toEqual([4, 5, 6]);
    expect(readdirSync(join(dir, "a"))).toEqual(["doc.pdf"]);
  });

  it("makes a folder again when it was removed after an earlier write into it, and names never repeat", () => {
    const dir = tmp();
    const sub = join(dir, "unit");
    const first = writeTempSync(join(sub, "one.txt"), "one");
    rmSync(sub, { recursive: true });
    const second = writeTempSync(join(sub, "one.txt"), "two");
    expect(second).not.toBe(first);
    expect(readFileSync(second, "utf8")).toBe("two");
  });

  it("fails without leaving a temporary file when the folder cannot be made", () => {
    const dir = tmp();
    // A file where the folder should be.
    writeFileSync(join(dir, "blocker"), "x");
    expect(() => writeTempSync(join(dir, "blocker", "doc.pdf"), "y")).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir)).toEqual(["blocker"]);
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
