// Checks one record against its kind: the schema first, then the kind's rules on the typed value.
import type { z } from "zod";
import { fromIssues, fail, type Result } from "../core/index.js";
import { normalizeChoices, type KindDefinition } from "../kinds/index.js";
import { fromZodIssue } from "./zod-issues.js";

/**
 * The typed input of a kind with every issue found; ok when none is an error (warnings ride along).
 * Rules run only on a value that passed the schema, since they rely on its types.
 */
export function validateRecord<S extends z.ZodType>(kind: KindDefinition<S>, data: unknown): Result<z.output<S>> {
  // reportInput tells a missing value from a wrong one; no error map or locale is touched.
  // Choices may be written as a clerk says them (`KT. Chủ tịch`, `Thể thức Nhà nước`): codes from here on.
  const parsed = kind.schema.safeParse(normalizeChoices(kind as KindDefinition, data), { reportInput: true });
  if (!parsed.success) return fail(parsed.error.issues.flatMap(fromZodIssue));
  return fromIssues(parsed.data, kind.rules(parsed.data));
}
