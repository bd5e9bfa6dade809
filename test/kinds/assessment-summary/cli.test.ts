// The samples through the real command line: exit 0 with the quota warning printed, DOCX and PDF written.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { SAMPLES } from "./helpers.js";

const out = mkdtempSync(join(tmpdir(), "assessment-summary-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("assessment-summary on the command line", () => {
  it("renders both samples with exit 0; the quota breach is a warning", () => {
    const run = runCli(["render", SAMPLES.state, SAMPLES.party, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cảnh báo: Tệp inputs/assessment-summary/chi-bo-dong-hai-2025.yaml, bản ghi 1, trường "Danh sách xếp loại": số người được cấp có thẩm quyền xếp loại "Hoàn thành xuất sắc nhiệm vụ" là 2');
    for (const stem of ["danh-sach-xep-loai-2025-so-noi-vu", "danh-sach-xep-loai-2025-chi-bo-thon-dong-hai"]) {
      expect(existsSync(join(out, `${stem}.pdf`))).toBe(true);
      expect(existsSync(join(out, `${stem}.docx`))).toBe(true);
    }
  });

  it("refuses the breach under --strict (exit 1), the ranking data untouched", () => {
    const run = runCli(["render", SAMPLES.party, "--out", join(out, "strict"), "--strict"]);
    expect(run.code).toBe(1);
    expect(existsSync(join(out, "strict", "danh-sach-xep-loai-2025-chi-bo-thon-dong-hai.pdf"))).toBe(false);
  });
});
