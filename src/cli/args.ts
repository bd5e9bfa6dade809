// Command-line parsing shared by the commands: options, usage errors, exit codes.
import { parseArgs, type ParseArgsConfig } from "node:util";

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

export class UsageError extends Error {}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(argv: string[], options: NonNullable<ParseArgsConfig["options"]>): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export const print = (s: string): void => void process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
export const printErr = (s: string): void => void process.stderr.write(s.endsWith("\n") ? s : `${s}\n`);
export const printJson = (v: unknown): void => print(JSON.stringify(v, null, 2));

export const str = (p: Parsed, name: string): string | undefined => {
  const v = p.values[name];
  return typeof v === "string" ? v : undefined;
};
export const flag = (p: Parsed, name: string): boolean => p.values[name] === true;
