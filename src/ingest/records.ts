// Splits parsed documents into records: one object, a list, `{ records: [...] }`, or a YAML stream.
import { issue, type Issue } from "../core/index.js";
import { isObjectLike } from "./sanitize.js";

/** Keys a `{ records: [...] }` wrapper may carry besides the list (`$schema` for editors). */
const WRAPPER_KEYS = new Set(["records", "$schema"]);

export interface RawRecord {
  index: number;
  raw: unknown;
}

const keysOf = (value: object): unknown[] => (value instanceof Map ? [...value.keys()] : Object.keys(value));
const getKey = (value: object, key: string): unknown =>
  value instanceof Map ? value.get(key) : Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

function fromList(list: unknown[]): RawRecord[] {
  return list.map((raw, i) => ({ index: i + 1, raw }));
}

/** One parsed value: a record, a list of records, or a wrapper object holding the list. */
function fromValue(value: unknown): { records: RawRecord[]; issues: Issue[] } {
  if (value === null || value === undefined) return { records: [], issues: [] };
  if (Array.isArray(value)) return { records: fromList(value), issues: [] };
  if (isObjectLike(value) && getKey(value, "kind") === undefined && Array.isArray(getKey(value, "records"))) {
    const issues = keysOf(value)
      .map(String)
      .filter((k) => !WRAPPER_KEYS.has(k))
      .map((key) => issue("unknown_key", [key], { key, wrapper: true }));
    return { records: fromList(getKey(value, "records") as unknown[]), issues };
  }
  return { records: [{ index: 1, raw: value }], issues: [] };
}

/** Records of a file; several documents (a YAML stream) give one record each. */
export function splitRecords(documents: unknown[]): { records: RawRecord[]; issues: Issue[] } {
  if (documents.length === 1) return fromValue(documents[0]);
  return { records: fromList(documents), issues: [] };
}
