// Output file names: the kind's default (plus the record's id), or a pattern such as `{unit}/{id}-{name}`, slugged per folder.
import { slugify } from "../core/index.js";
import type { DocFacts } from "../kinds/index.js";

/** What a `--name` pattern may hold, in braces. */
export const NAME_PLACEHOLDERS = ["kind", "year", "name", "id", "unit", "number", "default"] as const;
export type NamePlaceholder = (typeof NAME_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why a pattern cannot name files (`unknown` placeholders, or nothing that tells records apart), or undefined when usable. */
export function checkNamePattern(pattern: string): { problem: "empty" | "unknown"; names: string[] } | undefined {
  const used = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = used.filter((u) => !(NAME_PLACEHOLDERS as readonly string[]).includes(u));
  if (unknown.length) return { problem: "unknown", names: unknown };
  if (!used.length || pattern.replace(PLACEHOLDER, "").includes("{") || pattern.replace(PLACEHOLDER, "").includes("}")) {
    return { problem: used.length ? "unknown" : "empty", names: [] };
  }
  return undefined;
}

/** The kind's own name, with the record's id added when it has one (`phieu-danh-gia-2025-nguyen-thi-huong-cb0123`). */
export function defaultStem(facts: DocFacts): string {
  return facts.naming.id ? `${facts.fileStem}-${slugify(facts.naming.id, 40)}` : facts.fileStem;
}

/**
 * The output path without extension, relative to the output folder: each `/`-separated part of the pattern is
 * filled and slugged on its own, so no value can add a folder, climb out of the output folder or be empty.
 */
export function outputStem(kind: string, facts: DocFacts, pattern?: string): string {
  if (!pattern) return defaultStem(facts);
  const values: Record<NamePlaceholder, string> = {
    kind,
    year: String(facts.naming.year),
    name: facts.naming.name ?? "",
    id: facts.naming.id ?? "",
    unit: facts.naming.unit ?? "",
    number: facts.naming.number ?? "",
    default: defaultStem(facts),
  };
  // A part left without a letter or digit (`..`, an empty `{id}`) names no folder.
  const parts = pattern
    .split(/[/\\]+/)
    .map((part) => part.replace(PLACEHOLDER, (_, key: NamePlaceholder) => ` ${values[key]} `))
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .map((part) => slugify(part, 120));
  return parts.length ? parts.join("/") : defaultStem(facts);
}

/** `stem-2`, `stem-3`…: the n-th record with one name, in input order. */
export const numberedStem = (stem: string, n: number): string => `${stem}-${n}`;
