// Help per command in Vietnamese, parseArgs errors told in Vietnamese, --version, and a quiet end when the pipe closes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "../../src/cli/args.js";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/samples.js";

const ENGLISH = /Unknown option|argument missing|does not take|positional|To specify/;

describe("help", () => {
  it("`render --help` and `help render` print the same Vietnamese help with options and examples", () => {
    const a = runCli(["render", "--help"]);
    const b = runCli(["help", "render"]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toContain("Cách dùng: cadre-docs render <tệp|thư mục|mẫu glob>… [tùy chọn]");
    expect(a.stdout).toMatch(/^ {2}--out THƯ_MỤC +thư mục ghi văn bản \(mặc định: out\)$/m);
    expect(a.stdout).toMatch(/^ {2}--resume +làm tiếp một đợt bị dừng/m);
    expect(a.stdout).toContain("Ví dụ:\n  cadre-docs render luan-chuyen.xlsx --out van-ban\n");
    expect(a.stdout).toContain("130 dừng bằng Ctrl-C, 143 bị dừng (SIGTERM)");
    expect(a.stdout).not.toContain("--progress ");
  });

  it("gives every command its own help, -h included", () => {
    for (const cmd of ["validate", "form", "kinds", "schema", "sign", "verify"]) {
      const r = runCli([cmd, "-h"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Cách dùng: cadre-docs ${cmd}`);
      expect(r.stdout).toContain("Ví dụ:");
    }
    expect(runCli(["validate", "--help"]).stdout).not.toContain("--out");
  });

  it("lists the commands for `--help`, `help` and no command (exit 2 then, on stderr)", () => {
    const top = runCli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^ {2}validate +chỉ kiểm tra dữ liệu, không tạo tệp nào$/m);
    expect(runCli(["help"]).stdout).toBe(top.stdout);
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(top.stdout);
    expect(runCli(["help", "paint"]).code).toBe(2);
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string };
    for (const flag of ["--version", "-v", "version"]) expect(runCli([flag]).stdout).toBe(`cadre-docs ${version}\n`);
  });
});

describe("command-line mistakes are told in Vietnamese", () => {
  it.each([
    [["--colour"], 'không có tùy chọn "--colour" cho lệnh render'],
    [["a.json", "--out"], 'tùy chọn "--out" cần một giá trị ngay sau nó'],
    [["--json=yes"], 'tùy chọn "--json" không nhận giá trị; hãy bỏ phần "=…" sau nó'],
    [["--out", "--json"], 'tùy chọn "--out" cần một giá trị ngay sau nó (giá trị bắt đầu bằng "-" thì viết --out=giá-trị)'],
  ])("parseArgs' error for %j", (argv, message) => {
    expect(() => parseCommand(argv, "render")).toThrow(new UsageError(message, "render"));
  });

  const cases: Array<[string[], string]> = [
    [["verify"], "Sai cú pháp lệnh: cách dùng: cadre-docs verify TỆP.pdf [--json] [--trust CA.pem]."],
    [["render", "a.json", "--colour"], 'Sai cú pháp lệnh: không có tùy chọn "--colour" cho lệnh render.'],
    [["render"], "Sai cú pháp lệnh: cần ít nhất một tệp, thư mục hoặc mẫu glob đầu vào."],
  ];
  it.each(cases)("%j", (args, first) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe(first);
    expect(lines.at(-1)).toBe(`Xem hướng dẫn và ví dụ: cadre-docs help ${args[0]}`);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe("a closed pipe", () => {
  const piped = (reader: string) =>
    spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" --import tsx src/cli/main.ts kinds | ${reader}`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });

  it("`kinds | head -2` ends quietly", () => {
    const r = piped("head -2");
    expect(r.stdout.split("\n")).toHaveLength(3);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("ends quietly when the reader has gone before the first line (EPIPE on the first write)", () => {
    const r = piped("true");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
