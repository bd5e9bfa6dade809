// Picks the document kind named by a record's `kind` field.
import { fail, issue, ok, type Result } from "../core/index.js";
import { findKind, listKinds, type KindDefinition } from "../kinds/index.js";

const knownIds = (): string => listKinds().map((k) => k.meta.id).join(", ");

/** The kind of a record: `kind_missing` without a `kind` field, `unknown_kind` (with the known ids) otherwise. */
export function resolveKind(data: unknown): Result<KindDefinition> {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail([issue("record_not_object", [], { type: data === null ? "null" : Array.isArray(data) ? "array" : typeof data })]);
  }
  const value = Object.hasOwn(data, "kind") ? (data as { kind?: unknown }).kind : undefined;
  if (value === undefined || value === null || value === "") return fail([issue("kind_missing", ["kind"], { known: knownIds() })]);
  const kind = typeof value === "string" ? findKind(value) : undefined;
  if (!kind) return fail([issue("unknown_kind", ["kind"], { kind: String(value), known: knownIds() })]);
  return ok(kind);
}
