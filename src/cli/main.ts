#!/usr/bin/env node
// cadre-docs command line: a table of commands, each loaded lazily; exit 0 ok, 1 invalid input, 2 usage, 70 internal.
import { EXIT, printErr, UsageError } from "./args.js";

type Command = { summary: string; run: () => Promise<{ default: (argv: string[]) => Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  render: { summary: "render <tệp|mẫu glob…> [--out out] [--format docx,pdf] [--json] [--strict] [--config tệp] [--workers N] [--record-timeout giây] [--record-memory MB] [--resume] [--no-progress] [--no-manifest] [--errors-xlsx tệp]", run: () => import("./render.js") },
  validate: { summary: "validate <tệp|mẫu glob…> [--json] [--strict] [--errors-xlsx tệp]", run: () => import("./validate.js") },
  form: { summary: "form <loại văn bản> --xlsx tệp.xlsx", run: () => import("./form.js") },
  kinds: { summary: "kinds [--json]", run: () => import("./kinds.js") },
  schema: { summary: "schema <loại văn bản>", run: () => import("./schema.js") },
  admin: { summary: "admin init|unit add|user add|register add|token add … [--data thư mục | --db postgres://…]", run: () => import("./admin.js") },
  audit: { summary: "audit verify [--data thư mục | --db postgres://…] [--json]", run: () => import("./audit.js") },
  serve: { summary: "serve [--data thư-mục] [--port 8080] [--host 127.0.0.1] [--db postgres://…]", run: () => import("./serve.js") },
  sign: { summary: "sign <tệp.pdf> --out tệp-đã-ký.pdf --p12 khóa.p12 --password-env BIẾN (--image chữ-ký.png | --as body --seal dấu.png) [--prepare | --complete --cms ký.p7s]", run: () => import("./sign.js") },
  verify: { summary: "verify <tệp.pdf> [--json] [--trust ca.pem]", run: () => import("./verify.js") },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  cadre-docs ${c.summary.startsWith(name) ? c.summary : `${name} ${c.summary}`}`);
  return ["Cách dùng:", ...lines, "", "Mã thoát: 0 thành công, 1 dữ liệu lỗi, 2 sai cú pháp lệnh, 70 lỗi nội bộ."].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printErr(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    printErr(`Lệnh không tồn tại: "${name}".\n${usage()}`);
    return EXIT.usage;
  }
  const mod = await cmd.run();
  return mod.default(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      printErr(`Sai cú pháp lệnh: ${err.message}\n${usage()}`);
      process.exitCode = EXIT.usage;
      return;
    }
    printErr(`Lỗi nội bộ của cadre-docs (không phải lỗi dữ liệu); xin báo lại cho nhóm phát triển:\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = EXIT.internal;
  },
);
