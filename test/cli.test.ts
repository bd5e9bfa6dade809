// The command line as a clerk and an integrator use it: outputs, Vietnamese messages, exit codes.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { loadRecord } from "./helpers/samples.js";

const MIXED = "test/fixtures/bad/mixed-records.json";
const F = `Tệp ${MIXED}`;
const tmp = () => mkdtempSync(join(tmpdir(), "cadre-cli-"));

describe("render with good and bad records in one file", () => {
  const out = tmp();
  const run = runCli(["render", MIXED, "--out", out, "--no-progress"]);

  it("exits 1 and still writes every good record", () => {
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(
      ["125", "128", "131"].flatMap((n) => [`quyet-dinh-luan-chuyen-2026-${n}-tu.docx`, `quyet-dinh-luan-chuyen-2026-${n}-tu.pdf`]),
    );
  });

  it("names file, record and Vietnamese field label for missing fields", () => {
    expect(run.stdout).toContain(`Lỗi: ${F}, bản ghi 2, trường "Cơ quan đề nghị": chưa có giá trị. Hãy điền thông tin vào trường này.`);
    expect(run.stdout).toContain(`Lỗi: ${F}, bản ghi 2, trường "Họ và tên" (Danh sách cán bộ luân chuyển, mục 1): chưa có giá trị. Hãy điền thông tin vào trường này.`);
  });

  it("reports an impossible date", () => {
    expect(run.stdout).toContain(`Lỗi: ${F}, bản ghi 3, trường "Ngày sinh" (Danh sách cán bộ luân chuyển, mục 1): ngày "31/02/1980" không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.`);
  });

  it("warns about NFD text and renders it normalised", () => {
    expect(run.stdout).toContain(`Cảnh báo: ${F}, bản ghi 4, trường "Họ và tên" (Danh sách cán bộ luân chuyển, mục 1): chữ tiếng Việt được lưu ở dạng tổ hợp (NFD) và đã được tự động chuyển sang dạng dựng sẵn (NFC)`);
  });

  it("refuses a 24-month rotation without an exception", () => {
    expect(run.stdout).toContain(`Lỗi: ${F}, bản ghi 5, trường "Thời gian luân chuyển (tháng)" (Danh sách cán bộ luân chuyển, mục 1): thời gian luân chuyển 24 tháng, ít hơn mức tối thiểu 36 tháng theo Quy định 65-QĐ/TW.`);
  });

  it("refuses unknown keys", () => {
    expect(run.stdout).toContain(`Lỗi: ${F}, bản ghi 6, trường "signer.chucVu": trường này không có trong mẫu "Quyết định luân chuyển cán bộ".`);
  });

  it("ends with one Vietnamese summary, failures grouped by cause in words, never by code", () => {
    const lines = run.stdout.trim().split("\n");
    const at = lines.indexOf("Đã tạo 3 văn bản, 4 bản ghi lỗi, 1 cảnh báo.");
    expect(lines[at + 1]).toBe("Đầu vào: 1 tệp, 7 bản ghi.");
    expect(lines[at + 2]).toMatch(/^Thời gian: .*; tốc độ [\d.,]+ văn bản mới\/giây; 1 luồng xử lý\.$/);
    expect(lines.slice(at + 3).map((l) => l.split(". Ví dụ:")[0])).toEqual([
      "Lỗi theo loại:",
      "  - Ngày không hợp lệ: 1 bản ghi",
      "  - Thiếu thông tin bắt buộc: 1 bản ghi",
      "  - Thời gian luân chuyển dưới 36 tháng: 1 bản ghi",
      "  - Trường không có trong mẫu: 1 bản ghi",
    ]);
    expect(run.stdout).not.toMatch(/invalid_date|required:|unknown_key/);
    // --no-progress: stderr stays empty and the grouped summary is still on stdout.
    expect(run.stderr).toBe("");
  });
});

describe("machine-readable results", () => {
  it("--json gives documents, failures and issues with messages", () => {
    const run = runCli(["validate", MIXED, "--json"]);
    expect(run.code).toBe(1);
    const r = JSON.parse(run.stdout) as { ok: boolean; counts: Record<string, number>; documents: { source: { record: number }; version: string; profile: string }[]; failures: { source: { record: number }; issues: { code: string; path: unknown[]; message: string }[] }[] };
    expect(r.ok).toBe(false);
    expect(r.counts).toMatchObject({ files: 1, records: 7, documents: 3, failed: 4 });
    expect(r.documents.map((d) => d.source.record)).toEqual([1, 4, 7]);
    expect(r.documents[0]).toMatchObject({ version: "qd65-2022", profile: "party" });
    const five = r.failures.find((f) => f.source.record === 5)!;
    expect(five.issues[0]).toMatchObject({ code: "rotation_too_short", path: ["people", 0, "months"] });
    expect(five.issues[0]!.message).toMatch(/^Lỗi: Tệp /);
  });

  it("prints the summary once: at the end of stdout, or on stderr beside --json", () => {
    const text = runCli(["validate", MIXED]);
    expect(text.stdout.match(/^Kiểm tra xong/gm)).toHaveLength(1);
    expect(text.stderr).not.toMatch(/Kiểm tra xong|Đã tạo|Lỗi theo loại/);
    const json = runCli(["validate", MIXED, "--json"]);
    expect(json.stderr.match(/^Kiểm tra xong/gm)).toHaveLength(1);
    expect((JSON.parse(json.stdout) as { summary: { failuresByCode: unknown[] } }).summary.failuresByCode).toHaveLength(4);
  });

  it("--strict writes nothing for a record with warnings", () => {
    const out = tmp();
    const run = runCli(["render", MIXED, "--out", out, "--strict"]);
    expect(run.code).toBe(1);
    expect(readdirSync(out).some((f) => f.includes("-128-"))).toBe(false);
  });
});

describe("usage and safety", () => {
  it("exits 2 on an unknown command, an unknown option, a bad format or no input", () => {
    expect(runCli(["paint"]).code).toBe(2);
    expect(runCli(["render", MIXED, "--colour"]).code).toBe(2);
    expect(runCli(["render", MIXED, "--format", "odt"]).code).toBe(2);
    expect(runCli(["render"]).code).toBe(2);
  });

  it("reports a pattern that matches no file", () => {
    const run = runCli(["validate", "khong-co/*.json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("khong-co/*.json");
  });

  it("never writes outside the output folder, whatever the input says", () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = join(dir, "evil.json");
    const record = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json") as { issuer: { symbol: string } };
    record.issuer.symbol = "../../../../tmp/pwned";
    writeFileSync(input, JSON.stringify(record));
    const run = runCli(["render", input, "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(["quyet-dinh-luan-chuyen-2026-125-tmp-pwned.docx", "quyet-dinh-luan-chuyen-2026-125-tmp-pwned.pdf"]);
    expect(existsSync(join(dir, "pwned.pdf"))).toBe(false);
  });

  it("lists kinds and prints a JSON Schema with Vietnamese titles", () => {
    const kinds = runCli(["kinds", "--json"]);
    expect(kinds.code).toBe(0);
    expect((JSON.parse(kinds.stdout) as { id: string }[]).map((k) => k.id)).toContain("rotation-decision");
    const schema = runCli(["schema", "rotation-decision"]);
    expect(schema.code).toBe(0);
    const s = JSON.parse(schema.stdout) as { title: string; properties: Record<string, { title?: string }> };
    expect(s.title).toBe("Quyết định luân chuyển cán bộ");
    expect(s.properties.proposer?.title).toBe("Cơ quan đề nghị");
    expect(runCli(["schema", "khong-co"]).code).toBe(1);
  });
});
