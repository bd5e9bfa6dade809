// `--workers auto` on the command line: accepted, chosen for the batch, reported in the summary; a bad value is a usage error.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const MIXED = "test/fixtures/bad/mixed-records.json";
const out = () => mkdtempSync(join(tmpdir(), "cadre-workers-"));

describe("render --workers", () => {
  it("accepts auto and reports the count it chose: one thread for seven records", () => {
    const run = runCli(["render", MIXED, "--out", out(), "--workers", "auto", "--no-progress"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Đã tạo 3 văn bản, 4 bản ghi lỗi, 1 cảnh báo.");
    expect(run.stdout).toMatch(/; tốc độ [\d.,]+ văn bản mới\/giây; 1 luồng xử lý\.$/m);
  });

  it("takes a count as before", () => {
    const run = runCli(["render", MIXED, "--out", out(), "--workers", "2", "--no-progress"]);
    expect(run.stdout).toMatch(/; 2 luồng xử lý\.$/m);
  });

  it("refuses anything else with exit 2, naming auto and the range in Vietnamese", () => {
    const run = runCli(["render", MIXED, "--out", out(), "--workers", "nhieu", "--no-progress"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--workers cần auto hoặc một số nguyên từ 1 đến 256 (đã nhận: nhieu)");
    expect(run.stderr).toContain("mặc định auto");
  });
});
