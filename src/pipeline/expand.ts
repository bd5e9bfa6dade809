// Bundle records (one input, many documents): validate the bundle, then list the child records.
import { fail, ok, slugify, withSource, type Result } from "../core/index.js";
import type { ExpandedRecord } from "../kinds/index.js";
import { resolveKind, validateRecord } from "../validate/index.js";

/** `undefined` when the record is an ordinary single-document record. */
export function expandRecord(data: unknown): Result<ExpandedRecord[] | undefined> {
  const kind = resolveKind(data);
  if (!kind.ok || !kind.value.expand) return ok(undefined);
  const valid = validateRecord(kind.value, data);
  const tag = { kind: kind.value.meta.id };
  if (!valid.ok) return fail(withSource(valid.issues, tag));
  const children = kind.value.expand(valid.value).map((c) => ({ ...c, folder: c.folder.split("/").map((p) => slugify(p)).join("/") }));
  return ok(children, withSource(valid.issues, tag));
}
