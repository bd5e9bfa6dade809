// Copies parsed data into fresh plain objects: NFC text, no control characters, no prototype keys.
import { issue, type Issue, type IssuePath } from "../core/index.js";

/** Keys that could reach an object's prototype chain in later code (spread, merge, template lookups). */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Tab, line feed and carriage return (CRLF line ends from Windows files): the C0 controls we allow. */
const ALLOWED_CONTROLS = new Set(["\t", "\n", "\r"]);
const MAX_DEPTH = 64;

interface Walk {
  issues: Issue[];
  /** Paths already warned about, so a field gets one nfd_text (key and value share the path). */
  warned: Set<string>;
}

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Controls are single UTF-16 units below U+0020, so a scan of code units finds what iterating code points would. */
function firstControl(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x20 && !ALLOWED_CONTROLS.has(text[i]!)) return text[i];
  }
  return undefined;
}

function cleanText(raw: string, path: IssuePath, walk: Walk): string {
  const text = raw.normalize("NFC");
  const control = firstControl(text);
  // Most text is clean: the path key is built only when there is something to warn about.
  if (text === raw && !control) return text;
  const at = path.join("\u0000");
  if (text !== raw && !walk.warned.has(`nfd ${at}`)) {
    walk.warned.add(`nfd ${at}`);
    walk.issues.push(issue("nfd_text", path, {}, "warning"));
  }
  if (control && !walk.warned.has(`cc ${at}`)) {
    walk.warned.add(`cc ${at}`);
    walk.issues.push(issue("control_chars", path, { char: codePoint(control) }));
  }
  return text;
}

function entriesOf(value: object): Array<[unknown, unknown]> {
  return value instanceof Map ? [...value.entries()] : Object.entries(value);
}

function copyObject(value: object, path: IssuePath, walk: Walk, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, item] of entriesOf(value)) {
    if (rawKey !== null && typeof rawKey === "object") {
      walk.issues.push(issue("parse_error", path, { reason: "complex_key" }));
      continue;
    }
    const key = String(rawKey).normalize("NFC");
    const at = [...path, key];
    cleanText(String(rawKey), at, walk);
    if (RESERVED_KEYS.has(key)) {
      walk.issues.push(issue("unknown_key", at, { key, reserved: true }));
      continue;
    }
    if (Object.hasOwn(out, key)) {
      // Two spellings of one key (NFD and NFC) that meet after normalisation.
      walk.issues.push(issue("parse_error", at, { reason: "duplicate_key", key }));
      continue;
    }
    const copied = copy(item, at, walk, depth + 1);
    Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function copy(value: unknown, path: IssuePath, walk: Walk, depth: number): unknown {
  if (depth > MAX_DEPTH) {
    // Named at the top-level field: a location 64 levels deep would be a line of "mục 1" no clerk can follow.
    walk.issues.push(issue("parse_error", path.slice(0, 1), { reason: "too_deep", max: MAX_DEPTH }));
    return null;
  }
  if (typeof value === "string") return cleanText(value, path, walk);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.map((item, i) => copy(item, [...path, i], walk, depth + 1));
  if (typeof value === "object") return copyObject(value, path, walk, depth);
  // Parsers of JSON and core-schema YAML yield nothing else; keep the record but refuse the value.
  walk.issues.push(issue("invalid_value", path, {}));
  return null;
}

/** A safe deep copy of one record with the issues found in it (paths relative to the record). */
export function sanitize(raw: unknown): { value: unknown; issues: Issue[] } {
  const walk: Walk = { issues: [], warned: new Set() };
  const value = copy(raw, [], walk, 0);
  return { value, issues: walk.issues };
}

export const isObjectLike = (value: unknown): value is object =>
  value !== null && typeof value === "object" && !Array.isArray(value);
