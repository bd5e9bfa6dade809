// Regime choice: by assessment year and subject type, or named in the input; recorded in the model and the CLI report.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { build, messages, sample, SAMPLE } from "./helpers.js";

const versionOf = async (record: Record<string, unknown>) => {
  const r = await build(record);
  if (!r.ok) throw new Error(messages(r.issues).join("\n"));
  return r.value.model.meta.version;
};

describe("version chosen by year and subject type", () => {
  it.each([
    ["mau01", 2024, "nd90-2020"],
    ["mau02Leader", 2025, "nd90-2020"],
    ["mau03", 2025, "nd90-2020"],
    ["nd335", 2026, "nd335-2025"],
  ] as const)("%s for %s → %s", async (key, year, version) => {
    expect(await versionOf(sample(key, { year }))).toBe(version);
  });
  it("cán bộ and viên chức keep the Nghị định 90 forms from 2026 (Nghị định 335 covers công chức only)", async () => {
    expect(await versionOf(sample("mau03", { year: 2026, date: "2026-12-15" }))).toBe("nd90-2026-cb-vc");
    expect(await versionOf(sample("mau01", { year: 2027, date: null }))).toBe("nd90-2026-cb-vc");
    const r = await build(sample("mau03", { year: 2026, date: "2026-12-15" }));
    expect(r.ok && r.value.model.blocks.find((b) => b.type === "formTitle")).toMatchObject({ title: "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC", year: "Năm 2026" });
  });
  it("follows the assessed year, not the signing date: a 2025 sheet signed in January 2026 stays nd90", async () => {
    expect(await versionOf(sample("mau02Leader", { date: "12/01/2026" }))).toBe("nd90-2020");
  });
  it("a year before Nghị định 90 has no form", async () => {
    const r = await build(sample("mau03", { year: 2019, date: null }));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(["no_version_for_date"]);
  });
});

describe("explicit version", () => {
  it("the input may name a version; the template follows it", async () => {
    const r = await build(sample("mau02Leader", { year: 2026, date: "2026-12-15", version: "nd90-2020" }));
    expect(r.ok && r.value.model.meta.version).toBe("nd90-2020");
    expect(r.ok && r.value.model.blocks.some((b) => b.type === "section" && b.runs[0]?.text === "I. KẾT QUẢ TỰ ĐÁNH GIÁ")).toBe(true);
  });
  it("a version without a form for the subject is an error naming the versions that have one", async () => {
    const r = await build(sample("mau03", { year: 2026, date: "2026-12-10", version: "nd335-2025" }));
    expect(r.ok).toBe(false);
    expect(messages(r.issues.filter((i) => i.severity === "error"))).toEqual([
      'Lỗi: Trường "Phiên bản mẫu": mẫu phiếu "Chấm điểm – Nghị định 335/2025 (công chức, từ năm 2026)" không có bản dành cho viên chức. ' +
        "Hãy ghi một trong các phiên bản dành cho viên chức: \"Mẫu 01, 02, 03 – Nghị định 90/2020 (đến năm 2025)\", \"Mẫu 01, 03 – Nghị định 90/2020 (cán bộ, viên chức, từ năm 2026)\", hoặc xóa trường này để chương trình tự chọn mẫu theo năm đánh giá.",
    ]);
  });
  it("an unknown version is refused with the list of versions", async () => {
    const r = await build(sample("mau03", { version: "nd56-2015" }));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join("."), i.params.options])).toEqual([["invalid_value", "version", "nd90-2020, nd335-2025, nd90-2026-cb-vc"]]);
  });
});

describe("the version in the CLI --json report", () => {
  const out = mkdtempSync(join(tmpdir(), "assessment-sheet-cli-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it("names the version of each document rendered", () => {
    const run = runCli(["render", SAMPLE.nd335, SAMPLE.mau01, "--out", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { documents: Array<{ kind: string; version: string; source: { file: string } }> };
    const byFile = Object.fromEntries(report.documents.map((d) => [d.source.file.replace(/^.*\//, ""), [d.kind, d.version]]));
    expect(byFile).toEqual({ "nd335-cong-chuc-2026.yaml": ["assessment-sheet", "nd335-2025"], "mau-01-can-bo-2024.yaml": ["assessment-sheet", "nd90-2020"] });
  });
});
