// --config and its fonts: wrong files (missing, folder, text, broken or huge font, FIFO, device) are refused in Vietnamese.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, loadConfig, nodeIo } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/samples.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-config-"));
const font = readFileSync(join(ROOT, "assets/fonts/LiberationSerif-Regular.ttf"));
const fifo = (name: string): string => {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  return path;
};
const file = (name: string, data: string | Uint8Array): string => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};
const good = file("good.ttf", font);
const config = (regular: string): string => file(`c-${Math.random().toString(36).slice(2)}.json`, JSON.stringify({ fonts: { regular, bold: good, italic: good, boldItalic: good } }));

async function fontProblem(path: string): Promise<{ reason: unknown; text: string }> {
  const r = await loadConfig(config(path), nodeIo());
  if (r.ok) throw new Error("accepted");
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]!.code).toBe("font_invalid");
  return { reason: r.issues[0]!.params.reason, text: formatIssue(r.issues[0]!) };
}

describe("font files named in --config", () => {
  it("accepts a real TrueType font", async () => {
    const r = await loadConfig(config(good), nodeIo());
    expect(r.ok).toBe(true);
  });

  it.each([
    ["a missing file", () => join(dir, "khong-co.ttf"), "not_found"],
    ["a folder", () => (mkdirSync(join(dir, "thu-muc"), { recursive: true }), join(dir, "thu-muc")), "directory"],
    ["/etc/passwd", () => "/etc/passwd", "not_font"],
    ["a truncated font", () => file("cut.ttf", font.subarray(0, 40_000)), "truncated"],
    ["garbage behind a TrueType signature", () => file("rac.ttf", Buffer.concat([font.subarray(0, 12 + 16 * font.readUInt16BE(4)), Buffer.alloc(300_000, 0xa5)])), "truncated"],
    ["a 1 GB sparse file", () => (file("to.ttf", ""), truncateSync(join(dir, "to.ttf"), 1024 ** 3), join(dir, "to.ttf")), "too_large"],
    ["a FIFO", () => fifo("ong.ttf"), "not_regular"],
    ["/dev/zero", () => "/dev/zero", "not_regular"],
    ["an OpenType CFF font", () => file("cff.otf", Buffer.concat([Buffer.from("OTTO"), Buffer.alloc(100)])), "cff"],
  ])("refuses %s with a Vietnamese message", async (_name, make, reason) => {
    const got = await fontProblem(make());
    expect(got.reason).toBe(reason);
    expect(got.text).toMatch(/^Lỗi: Tệp .*\.json, trường "fonts\.regular"|^Lỗi: Tệp .*\.json.*tệp phông chữ thường/);
  }, 10_000);

  it("says what is wrong and what to do", async () => {
    const { text } = await fontProblem("/etc/passwd");
    expect(text).toContain('tệp phông chữ thường "/etc/passwd" không phải tệp phông chữ TrueType (.ttf). Hãy chỉ ra tệp .ttf của phông Times New Roman');
  });
});

describe("the configuration file itself", () => {
  it.each([
    ["a FIFO", () => fifo("cau-hinh.json"), "file_unreadable", "not_regular"],
    ["/dev/zero", () => "/dev/zero", "file_unreadable", "not_regular"],
    ["a folder", () => dir, "file_unreadable", "directory"],
    ["a 1 GB sparse file", () => (file("lon.json", ""), truncateSync(join(dir, "lon.json"), 1024 ** 3), join(dir, "lon.json")), "file_too_large", undefined],
    ["not JSON", () => file("sai.json", "{ profiles: "), "parse_error", "config"],
  ])("refuses %s without hanging", async (_name, make, code, reason) => {
    const r = await loadConfig(make(), nodeIo());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.params.reason])).toEqual([[code, reason]]);
  }, 10_000);

  it("names an unknown key and the keys allowed there", async () => {
    const r = await loadConfig(file("k.json", JSON.stringify({ profile: {}, profiles: { nd30: { bodySize: 14, margin: 1 } } })), nodeIo());
    if (r.ok) throw new Error("accepted");
    const texts = r.issues.map((i) => [i.params.option, formatIssue(i)]).sort();
    expect(texts.map((t) => t[0])).toEqual(["profile", "profiles.nd30.margin"]);
    expect(texts[0]![1]).toContain('thiết lập "profile" không có trong tệp cấu hình (có thể gõ sai tên); ở chỗ này chỉ dùng được: profiles, fonts.');
    expect(texts[1]![1]).toContain("ở chỗ này chỉ dùng được: marginsMm, bodySize,");
  });

  it("the CLI exits 1 with the message for a FIFO config and for /etc/passwd as a font", () => {
    const input = join(ROOT, "inputs/party/luan-chuyen-mot-nguoi.json");
    const a = runCli(["validate", input, "--config", fifo("cli.json"), "--no-progress"]);
    expect([a.code, a.stderr]).toEqual([1, expect.stringContaining("không phải một tệp thông thường")]);
    const b = runCli(["validate", input, "--config", config("/etc/passwd"), "--no-progress"]);
    expect([b.code, b.stderr]).toEqual([1, expect.stringContaining("không phải tệp phông chữ TrueType")]);
  }, 30_000);
});
