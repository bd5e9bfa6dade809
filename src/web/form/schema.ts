// The small part of JSON Schema a kind's input uses, read for building a form: fields, groups, lists, choices, dates.

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

export type Path = Array<string | number>;
export const pathKey = (p: Path): string => p.join(".");
export const fieldId = (p: Path): string => `f-${p.join("-")}`;

/** Choices with the clerk's words: oneOf/anyOf of consts with titles, or a bare enum. */
export function choicesOf(s: JsonSchema): Array<{ value: string; label: string }> | undefined {
  const alts = s.oneOf ?? s.anyOf;
  if (alts && alts.every((a) => a.const !== undefined)) return alts.map((a) => ({ value: String(a.const), label: a.title ?? String(a.const) }));
  if (s.enum) return s.enum.map((v) => ({ value: String(v), label: String(v) }));
  return undefined;
}

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type);

export type FieldKind = "hidden" | "object" | "list" | "choice" | "date" | "number" | "boolean" | "longText" | "text";

/** Dates are strings the kinds read as dd/mm/yyyy or ISO: the schema says so by format, else by the field's name. */
export function fieldKind(s: JsonSchema, key: string): FieldKind {
  if (s.const !== undefined) return "hidden";
  if (choicesOf(s)) return "choice";
  const t = typeOf(s);
  if (t === "object") return "object";
  if (t === "array") return "list";
  if (t === "boolean") return "boolean";
  if (t === "integer" || t === "number") return "number";
  if (s.format === "date" || /date$/i.test(key)) return "date";
  return (s.maxLength ?? 0) > 300 ? "longText" : "text";
}

/** Every string of a record in NFC (typing with an IME may leave decomposed marks). */
export function toNfc<T>(v: T): T {
  if (typeof v === "string") return v.normalize("NFC") as T;
  if (Array.isArray(v)) return v.map(toNfc) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNfc(x)])) as T;
  return v;
}

export function getAt(record: unknown, p: Path): unknown {
  return p.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string | number, unknown>)[k] : undefined), record);
}

/** A copy of the record with the value at the path set (undefined or "" removes the key). */
export function setAt(record: unknown, p: Path, value: unknown): unknown {
  if (p.length === 0) return value;
  const [head, ...rest] = p;
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(record) ? [...record] : { ...((record as object) ?? {}) };
  const next = setAt((base as Record<string | number, unknown>)[head!], rest, value);
  if ((next === undefined || next === "") && !Array.isArray(base)) delete (base as Record<string, unknown>)[head as string];
  else (base as Record<string | number, unknown>)[head!] = next;
  return base;
}
