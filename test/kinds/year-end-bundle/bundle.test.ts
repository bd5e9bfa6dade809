// One year-end input for a unit renders every person's documents and the summary into the unit's folder.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { loadRecord } from "../../helpers/samples.js";

const SAMPLE = "inputs/year-end/so-noi-vu-2025.yaml";

describe("year-end bundle", () => {
  it("renders each person's sheet, self-review and registration plus the summary into one folder", () => {
    const out = mkdtempSync(join(tmpdir(), "cadre-ye-"));
    const run = runCli(["render", SAMPLE, "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(join(out, "so-noi-vu-2025")).filter((f) => f.endsWith(".pdf")).sort()).toEqual([
      "ban-kiem-diem-2025-pham-quoc-hung.pdf",
      "dang-ky-neu-guong-2026-pham-quoc-hung.pdf",
      "danh-sach-xep-loai-2025-so-noi-vu.pdf",
      "phieu-danh-gia-2025-do-minh-khang.pdf",
      "phieu-danh-gia-2025-pham-quoc-hung.pdf",
    ]);
    expect(run.stdout).toContain("(Bản kiểm điểm của Phạm Quốc Hưng)");
  });

  it("keeps the good documents when one child is invalid and names the bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-ye-bad-"));
    const bundle = loadRecord(SAMPLE) as { people: Array<Record<string, Record<string, unknown>>> };
    delete bundle.people[1]!.assessmentSheet!.subjectType;
    const input = join(dir, "bundle.json");
    writeFileSync(input, JSON.stringify(bundle));
    const run = runCli(["render", input, "--out", join(dir, "out")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ .*bundle\.json \(bản ghi 1\) — Phiếu đánh giá của Đỗ Minh Khang: không tạo được văn bản\./);
    expect(readdirSync(join(dir, "out", "so-noi-vu-2025")).filter((f) => f.endsWith(".pdf"))).toHaveLength(4);
  });

  it("refuses a bundle without people, naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-ye-empty-"));
    const input = join(dir, "empty.json");
    writeFileSync(input, JSON.stringify({ kind: "year-end-bundle", year: 2025, unit: "Sở Nội vụ", people: [] }));
    const run = runCli(["validate", input]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('trường "Danh sách cán bộ, đảng viên"');
  });
});
