// Command-line parsing shared by the commands: options, usage errors, exit codes.
import { parseArgs, type ParseArgsConfig } from "node:util";

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export const print = (s: string): void => void process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
export const printErr = (s: string): void => void process.stderr.write(s.endsWith("\n") ? s : `${s}\n`);
export const printJson = (v: unknown): void => print(JSON.stringify(v, null, 2));
