// Clerk wording of closed choices (signer modes, profiles, versions…): one table per field, read from the
// kinds' metadata, used by validation (labels in, codes out), workbooks, JSON Schema and messages.
import { readFileSync } from "node:fs";
import { TEMPLATES_DIR } from "./meta.js";
import type { ChoiceSpec, KindDefinition } from "./types.js";

export interface Choice {
  /** What the input and the program use (`deputy`, `nd30`, `nd90-2020`). */
  code: string;
  /** What a clerk reads and picks (`KT. (ký thay)`). */
  label: string;
  /** Other whole values accepted for this choice. */
  aliases: readonly string[];
  /** A value starting with one of these and a space is this choice (`KT. Chủ tịch`). */
  prefixes: readonly string[];
}

type Table = Record<string, ChoiceSpec>;

/** Vocabularies every kind shares (templates/choices.json), keyed by field. */
const SHARED = JSON.parse(readFileSync(`${TEMPLATES_DIR}/choices.json`, "utf8")) as Record<string, Table | string>;

/** Compares typed values: case, marks, spacing and punctuation other than `/` ignored. */
export function choiceKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, " ")
    .trim();
}

const cache = new WeakMap<KindDefinition, Map<string, readonly Choice[] | undefined>>();

function build(kind: KindDefinition, pattern: string): readonly Choice[] | undefined {
  // Test doubles and foreign kinds may carry partial metadata.
  if (pattern === "version" && kind.meta?.versions?.length) {
    return kind.meta.versions.map((v) => ({ code: v.id, label: v.label ?? v.id, aliases: [], prefixes: [] }));
  }
  const table = kind.meta?.choices?.[pattern] ?? SHARED[pattern];
  if (!table || typeof table !== "object") return undefined;
  return Object.entries(table).map(([code, s]) => ({ code, label: s.label, aliases: s.aliases ?? [], prefixes: s.prefixes ?? [] }));
}

/** The choices of a field (`signer.mode`, `people.*.sex`), or undefined when it has no clerk wording. */
export function choicesAt(kind: KindDefinition | undefined, pattern: string): readonly Choice[] | undefined {
  if (!kind) return undefined;
  let perKind = cache.get(kind);
  if (!perKind) cache.set(kind, (perKind = new Map()));
  if (!perKind.has(pattern)) perKind.set(pattern, build(kind, pattern));
  return perKind.get(pattern);
}

/** The code a typed value means (a code, a label, an alias or a prefixed title), or undefined if none or several. */
export function choiceCode(choices: readonly Choice[], value: string): string | undefined {
  if (choices.some((c) => c.code === value)) return value;
  const key = choiceKey(value);
  if (!key) return undefined;
  const whole = choices.filter((c) => [c.code, c.label, ...c.aliases].some((a) => choiceKey(a) === key));
  if (whole.length === 1) return whole[0]!.code;
  if (whole.length > 1) return undefined;
  const prefixed = choices.filter((c) => c.prefixes.some((p) => key.startsWith(`${choiceKey(p)} `)));
  return prefixed.length === 1 ? prefixed[0]!.code : undefined;
}

/** The clerk's word for a code (the code itself when the field has no wording or the code is unknown). */
export function choiceLabel(choices: readonly Choice[] | undefined, code: string): string {
  return choices?.find((c) => c.code === code)?.label ?? code;
}

/** `head, deputy` → `Cấp trưởng ký trực tiếp; KT. (ký thay)`: a code list from an issue, in clerk wording. */
export function choiceLabels(choices: readonly Choice[] | undefined, codes: string): string {
  if (!choices) return codes;
  return codes
    .split(/,\s*/)
    .map((c) => choiceLabel(choices, c))
    .join("; ");
}

/** Every field of the kind with clerk wording. */
function choicePatterns(kind: KindDefinition): string[] {
  const keys = new Set([...Object.keys(SHARED).filter((k) => !k.startsWith("$")), ...Object.keys(kind.meta?.choices ?? {}), "version"]);
  return [...keys];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === "object" && !Array.isArray(v);

/** The value with the field at `parts` (`*` for list items) turned from clerk wording into its code; same object if unchanged. */
function rewrite(value: unknown, parts: readonly string[], choices: readonly Choice[]): unknown {
  if (parts.length === 0) {
    if (typeof value !== "string") return value;
    return choiceCode(choices, value) ?? value;
  }
  const [head, ...rest] = parts;
  if (head === "*") {
    if (!Array.isArray(value)) return value;
    const next = value.map((item) => rewrite(item, rest, choices));
    return next.some((v, i) => v !== value[i]) ? next : value;
  }
  if (!isPlain(value) || !Object.hasOwn(value, head!)) return value;
  const child = rewrite(value[head!], rest, choices);
  return child === value[head!] ? value : { ...value, [head!]: child };
}

/** The record with every choice written in clerk wording (`KT. Chủ tịch`, `Thể thức Nhà nước`) turned into its code. */
export function normalizeChoices(kind: KindDefinition, data: unknown): unknown {
  let out = data;
  for (const pattern of choicePatterns(kind)) {
    const choices = choicesAt(kind, pattern);
    if (choices) out = rewrite(out, pattern.split("."), choices);
  }
  return out;
}
