// Translates zod issues into ours: codes, paths and plain parameters; zod's English text is dropped.
import type { z } from "zod";
import { ISSUE_CODES, issue, type Issue, type IssueCode, type IssuePath } from "../core/index.js";

type ZodIssue = z.core.$ZodIssue;
type Params = Record<string, string | number | boolean | undefined>;

const CODES = new Set<string>(ISSUE_CODES);

/** A JSON-ish type name for what the input held (clerk messages turn it into words). */
export function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const primitive = (value: unknown): string | number | boolean | undefined =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;

/** Size of the input for string and list limits; the value itself for numbers. */
function measured(origin: string, input: unknown): Params {
  if (typeof input === "string" || Array.isArray(input)) return { length: input.length };
  if (origin === "number" || origin === "int" || origin === "bigint") return { value: primitive(input) };
  return {};
}

/** What a too_small / too_big limit applies to: string length, list size or number (int folds into number). */
function limit(zi: { origin: string; inclusive?: boolean; exact?: boolean; input?: unknown }): Params {
  const origin = zi.origin === "int" || zi.origin === "bigint" ? "number" : zi.origin;
  return { origin, inclusive: zi.inclusive ?? true, exact: zi.exact || undefined, ...measured(zi.origin, zi.input) };
}

function customIssue(zi: Extract<ZodIssue, { code: "custom" }>, path: IssuePath): Issue {
  const params = zi.params ?? {};
  const code = params["code"];
  if (typeof code === "string" && CODES.has(code)) {
    const rest: Params = {};
    for (const [k, v] of Object.entries(params)) if (k !== "code") rest[k] = primitive(v);
    return issue(code as IssueCode, path, rest);
  }
  return issue("invalid_value", path, { value: primitive(zi.input) });
}

/** Params without undefined entries, so issues compare and serialise cleanly. */
function compact(params: Params): Params {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

/** One zod issue as one or more of ours (unrecognized keys give one issue per key). */
export function fromZodIssue(zi: ZodIssue): Issue[] {
  return mapIssue(zi).map((i) => ({ ...i, params: compact(i.params) }));
}

function mapIssue(zi: ZodIssue): Issue[] {
  const path: IssuePath = zi.path.map((p) => (typeof p === "number" ? p : String(p)));
  switch (zi.code) {
    case "invalid_type":
      // null counts as missing: an empty YAML value (`birthDate:`) parses to null.
      if (zi.input === undefined || zi.input === null) return [issue("required", path)];
      return [issue("invalid_type", path, { expected: zi.expected, received: typeOf(zi.input) })];
    case "unrecognized_keys":
      return zi.keys.map((key) => issue("unknown_key", [...path, key], { key }));
    case "too_small":
      return [issue("too_small", path, { min: Number(zi.minimum), ...limit(zi) })];
    case "too_big":
      return [issue("too_big", path, { max: Number(zi.maximum), ...limit(zi) })];
    case "invalid_value":
      // A missing closed choice (enum, literal) is a missing value, not a wrong one.
      if (zi.input === undefined || zi.input === null) return [issue("required", path, { options: zi.values.map(String).join(", ") })];
      return [issue("invalid_value", path, { options: zi.values.map(String).join(", "), count: zi.values.length, value: primitive(zi.input) })];
    case "invalid_format":
      return [issue("invalid_format", path, { format: zi.format, value: primitive(zi.input) })];
    case "custom":
      return [customIssue(zi, path)];
    default:
      return [issue("invalid_value", path, { value: primitive(zi.input) })];
  }
}
