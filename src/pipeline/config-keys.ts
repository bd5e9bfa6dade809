// zod's findings on a configuration file as issues: an unknown key is named, with the keys allowed at its place.
import { z } from "zod";
import { issue, type Issue } from "../core/index.js";

/** The object schema at `path` (through optional and partial wrappers), if there is one. */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; ; i++) {
    while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    if (!(s instanceof z.ZodObject)) return undefined;
    if (i === path.length) return s;
    const next = (s.shape as Record<string, z.ZodType>)[String(path[i])];
    if (!next) return undefined;
    s = next;
  }
}

export function configShapeIssues(found: readonly z.core.$ZodIssue[], schema: z.ZodType): Issue[] {
  return found.flatMap((i) => {
    const path = i.path.map(String);
    if (i.code !== "unrecognized_keys") return [issue("config_invalid", path, { option: path.join(".") })];
    const allowed = Object.keys(objectAt(schema, i.path)?.shape ?? {}).join(", ");
    return i.keys.map((key) => issue("config_invalid", [...path, key], { option: [...path, key].join("."), reason: "unknown_key", allowed: allowed || undefined }));
  });
}
