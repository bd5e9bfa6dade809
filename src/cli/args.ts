// Command-line parsing shared by the commands: options, usage errors, exit codes.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseOptions, SPECS } from "./options.js";

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70, interrupted: 130, terminated: 143 } as const;

/** A wrong command line (exit 2); `command` points the clerk at that command's help. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const quoted = (message: string): string => /'(-[^' ]+)/.exec(message)?.[1] ?? "";

/** parseArgs speaks English: its errors are told again in Vietnamese, by code. */
export function usageMessage(err: { code?: string; message: string }, command?: string): string {
  const option = quoted(err.message);
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `không có tùy chọn "${option}" cho lệnh ${command ?? "này"}`;
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(err.message)) return `tùy chọn "${option}" không nhận giá trị; hãy bỏ phần "=…" sau nó`;
    if (/ambiguous/.test(err.message)) return `tùy chọn "${option}" cần một giá trị ngay sau nó (giá trị bắt đầu bằng "-" thì viết ${option}=giá-trị)`;
    return `tùy chọn "${option}" cần một giá trị ngay sau nó`;
  }
  if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "lệnh này không nhận thêm tên tệp hay giá trị rời";
  return "cú pháp lệnh không đúng";
}

export function parse(argv: string[], options: NonNullable<ParseArgsConfig["options"]>, command?: string): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals };
  } catch (err) {
    throw new UsageError(usageMessage(err as { code?: string; message: string }, command), command);
  }
}

/** Parses a command's arguments with its options from SPECS. */
export const parseCommand = (argv: string[], command: string): Parsed => parse(argv, parseOptions(SPECS[command]!), command);

export const print = (s: string): void => void process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
export const printErr = (s: string): void => void process.stderr.write(s.endsWith("\n") ? s : `${s}\n`);
export const printJson = (v: unknown): void => print(JSON.stringify(v, null, 2));

export const str = (p: Parsed, name: string): string | undefined => {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
};
export const flag = (p: Parsed, name: string): boolean => p.values[name] === true;
