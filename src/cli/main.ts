#!/usr/bin/env node
// cadre-docs command line: a table of commands, each loaded lazily; exit 0 ok, 1 invalid input, 2 usage, 70 internal.
import { readFileSync } from "node:fs";
import { EXIT, print, printErr, UsageError } from "./args.js";
import { commandHelp, overview, PROGRAM } from "./help.js";
import { SPECS, type CommandSpec } from "./options.js";
import { quietBrokenPipe } from "./stop.js";

/** A command: its one-line summary, its help (usage, options, examples) and its module, loaded only when run. */
export interface Command {
  summary: string;
  spec?: CommandSpec;
  run: () => Promise<{ default: (argv: string[]) => Promise<number> }>;
}

const withSpec = (name: string, run: Command["run"]): Command => ({ summary: SPECS[name]!.summary, spec: SPECS[name], run });

const COMMANDS: Record<string, Command> = {
  render: withSpec("render", () => import("./render.js")),
  validate: withSpec("validate", () => import("./validate.js")),
  form: withSpec("form", () => import("./form.js")),
  kinds: withSpec("kinds", () => import("./kinds.js")),
  schema: withSpec("schema", () => import("./schema.js")),
  admin: { summary: "admin init|unit add|user add|register add|token add … [--data thư mục | --db postgres://…]", run: () => import("./admin.js") },
  audit: { summary: "audit verify [--data thư mục | --db postgres://…] [--json]", run: () => import("./audit.js") },
  worker: withSpec("worker", () => import("./worker.js")),
  serve: { summary: "serve [--data thư-mục] [--port 8080] [--host 127.0.0.1] [--db postgres://…] [--render-workers N] [--trust ca.pem]", run: () => import("./serve.js") },
  sign: withSpec("sign", () => import("./sign.js")),
  verify: withSpec("verify", () => import("./verify.js")),
};

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-v", "version"]);

const version = (): string => (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const find = (name: string): Command | undefined => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);
const helpOf = (name: string, c: Command): string => (c.spec ? commandHelp(name, c.spec) : `${PROGRAM} ${name}: ${c.summary}.`);
const unknown = (name: string): string => `Lệnh không tồn tại: "${name}". Các lệnh: ${Object.keys(COMMANDS).join(", ")}. Xem: ${PROGRAM} --help`;

/** `help`, `help <lệnh>`, `--help`: the overview or one command's help on stdout. */
function help(topic: string | undefined): number {
  if (topic === undefined) return print(overview(Object.entries(COMMANDS))), EXIT.ok;
  const cmd = find(topic);
  if (!cmd) return printErr(unknown(topic)), EXIT.usage;
  print(helpOf(topic, cmd));
  return EXIT.ok;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    printErr(overview(Object.entries(COMMANDS)));
    return EXIT.usage;
  }
  if (name === "help" || HELP_FLAGS.has(name)) return help(rest[0]);
  if (VERSION_FLAGS.has(name)) return print(`${PROGRAM} ${version()}`), EXIT.ok;
  const cmd = find(name);
  if (!cmd) {
    printErr(unknown(name));
    return EXIT.usage;
  }
  // Before `--`, a help flag anywhere asks for this command's help instead of running it.
  const end = rest.indexOf("--");
  if ((end < 0 ? rest : rest.slice(0, end)).some((a) => HELP_FLAGS.has(a))) return help(name);
  const mod = await cmd.run();
  try {
    return await mod.default(rest);
  } catch (err) {
    // A usage error of this command points at this command's help.
    if (err instanceof UsageError && !err.command) throw new UsageError(err.message, name);
    throw err;
  }
}

/** `Sai cú pháp lệnh: …` with the command's usage line and where its help is. */
function usageText(err: UsageError): string {
  const spec = err.command ? find(err.command)?.spec : undefined;
  const lines = [`Sai cú pháp lệnh: ${err.message}${/[.…]$/.test(err.message) ? "" : "."}`];
  if (spec) lines.push(`Cách dùng: ${PROGRAM} ${spec.usage}`, `Xem hướng dẫn và ví dụ: ${PROGRAM} help ${err.command}`);
  else lines.push(`Xem: ${PROGRAM} --help`);
  return lines.join("\n");
}

quietBrokenPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      printErr(usageText(err));
      process.exitCode = EXIT.usage;
      return;
    }
    printErr(`Lỗi nội bộ của cadre-docs (không phải lỗi dữ liệu); xin báo lại cho nhóm phát triển:\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = EXIT.internal;
  },
);
