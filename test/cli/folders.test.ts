// A folder given as input means every supported file under it, recursively; the output folder is left out.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../src/pipeline/index.js";
import { globPattern } from "../../src/pipeline/sources.js";
import { formatIssue } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";

describe("folder input", () => {
  it("expands a folder recursively to the supported files, in path order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-folder-"));
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    mkdirSync(join(dir, "out"));
    mkdirSync(join(dir, ".hidden"));
    for (const f of ["z.json", "a/b/c.YAML", "a/d.jsonl", "a/e.csv", "f.xlsx", "g.yml", "notes.txt", "x.pdf", "out/manifest.jsonl", ".hidden/h.json"]) writeFileSync(join(dir, f), "");
    const { files, issues } = await expandInputs([dir], join(dir, "out"));
    expect(issues).toEqual([]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["a/b/c.YAML", "a/d.jsonl", "a/e.csv", "f.xlsx", "g.yml", "z.json"]);
  });

  it("reads a backslash as a folder separator on Windows only (where it is never a glob escape)", () => {
    expect(globPattern("du-lieu\\2025\\*.xlsx", "win32")).toBe("du-lieu/2025/*.xlsx");
    expect(globPattern("du-lieu\\*.xlsx", "linux")).toBe("du-lieu\\*.xlsx");
  });

  it("reports an empty folder, naming .jsonl among the accepted types", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-folder-"));
    const { files, issues } = await expandInputs([dir]);
    expect(files).toEqual([]);
    expect(formatIssue(issues[0]!)).toBe(
      `Lỗi: Tệp ${dir}: không tìm thấy tệp dữ liệu nào (.json, .yaml, .yml, .jsonl, .xlsx, .csv) theo đường dẫn này (tệp, thư mục hoặc mẫu glob). Hãy kiểm tra lại đường dẫn và tên tệp.`,
    );
  });

  it("`validate inputs/party` and `render inputs/party/` read every file of the folder", () => {
    const v = runCli(["validate", "inputs/party", "--no-progress"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("Đầu vào: 2 tệp, 2 bản ghi.");
    const out = mkdtempSync(join(tmpdir(), "cadre-folder-out-"));
    const r = runCli(["render", "inputs/party/", "--out", out, "--format", "pdf", "--no-progress"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("quyet-dinh-luan-chuyen-2026-07-tu.pdf — 2 trang");
    expect(r.stdout).toContain("quyet-dinh-luan-chuyen-2026-125-tu.pdf — 1 trang");
  });
});
