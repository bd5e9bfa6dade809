// `worker` and `render --db` on the command line: Vietnamese help, and usage mistakes refused before any connection (exit 2).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/samples.js";

describe("worker and --db on the command line", () => {
  it("`worker --help` explains the queue, --db, --data and --threads in Vietnamese", () => {
    const r = runCli(["worker", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng: cadre-docs worker --db postgres://… [--data THƯ_MỤC] [--threads N|auto]");
    expect(r.stdout).toMatch(/^ {2}--db postgres:\/\/… +cơ sở dữ liệu PostgreSQL chung của các máy chủ \(serve\) và máy tạo văn bản \(worker\)/m);
    expect(r.stdout).toMatch(/^ {2}--threads N\|auto +số luồng tạo văn bản; mỗi luồng giữ hai việc .*auto \(mặc định\): tự chọn như render --workers auto/m);
    expect(r.stdout).toContain("việc của nó hết hạn và máy khác làm lại");
    expect(runCli(["--help"]).stdout).toMatch(/^ {2}worker +máy tạo văn bản: nhận các lô văn bản từ hàng đợi trong PostgreSQL/m);
    expect(runCli(["render", "--help"]).stdout).toMatch(/^ {2}--db postgres:\/\/… +gửi lô vào hàng đợi PostgreSQL/m);
  });

  const cases: Array<[string[], string]> = [
    [["worker"], "Sai cú pháp lệnh: worker cần --db postgres://… (hoặc biến môi trường DATABASE_URL): hàng đợi văn bản nằm trong PostgreSQL."],
    [["worker", "--db", "data/cadre.db"], "Sai cú pháp lệnh: worker cần --db postgres://… (hoặc biến môi trường DATABASE_URL): hàng đợi văn bản nằm trong PostgreSQL (đã nhận: data/cadre.db)."],
    [["worker", "--db", "postgres://x/y", "--threads", "0"], "Sai cú pháp lệnh: --threads cần auto hoặc một số nguyên từ 1 đến 256"],
    [["render", "a.json", "--db", "postgres://x/y", "--resume"], "Sai cú pháp lệnh: --resume không dùng được cùng --db: một lô trong hàng đợi tự được làm tiếp khi một máy worker dừng giữa chừng, không cần --resume."],
    [["render", "a.json", "--db", "postgres://x/y", "--workers", "2"], "Sai cú pháp lệnh: --workers không dùng được cùng --db: số luồng đặt trên từng máy worker (cadre-docs worker --threads N)."],
    [["render", "a.json", "--db", "postgres://x/y", "--merge", "unit"], "Sai cú pháp lệnh: --merge không dùng được cùng --db: bản in gộp chỉ làm được khi tạo văn bản trên máy này (bỏ --db)."],
    [["render", "a.json", "--tries", "2"], "Sai cú pháp lệnh: --tries chỉ dùng cùng --db postgres://…"],
    [["render", "a.json", "--db", "postgres://x/y", "--tries", "0"], "Sai cú pháp lệnh: --tries cần một số nguyên từ 1 đến 100 (đã nhận: 0)."],
  ];
  it.each(cases)("%j", (args, first) => {
    const r = runCli(args, undefined, { DATABASE_URL: "" });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(first);
    expect(r.stderr).toContain(`cadre-docs help ${args[0]}`);
  });
});

describe("render --db and a configuration with its own fonts", () => {
  it("is refused before any connection: the fonts are files of this machine (exit 2)", () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-db-fonts-"));
    try {
      const fonts = join(ROOT, "assets/fonts");
      const config = join(dir, "cau-hinh.json");
      writeFileSync(config, JSON.stringify({ fonts: { regular: join(fonts, "LiberationSerif-Regular.ttf"), bold: join(fonts, "LiberationSerif-Bold.ttf"), italic: join(fonts, "LiberationSerif-Italic.ttf"), boldItalic: join(fonts, "LiberationSerif-BoldItalic.ttf") } }));
      const r = runCli(["render", join(ROOT, "inputs/nd30/dieu-dong-mot-nguoi.json"), "--db", "postgres://x/y", "--config", config], undefined, { DATABASE_URL: "" });
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe("Sai cú pháp lệnh: --config có phông chữ riêng (fonts) không dùng được cùng --db: các máy worker dùng phông chữ đi kèm cadre-docs (Liberation Serif, cùng kích thước chữ với Times New Roman); bỏ mục fonts khỏi tệp cấu hình, hoặc tạo văn bản trên máy này (bỏ --db).");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
