// JSON Schema of a kind's input for editors and API clients, with Vietnamese titles from the labels.
import { z } from "zod";
import { choicesAt } from "./choices.js";
import type { KindDefinition } from "./types.js";

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === "object" && !Array.isArray(value);

/** A closed choice as `oneOf` of `const` codes titled in clerk wording (`deputy` → `KT. (ký thay)`). */
function titleChoices(node: Node, pattern: string, kind: KindDefinition): void {
  const choices = pattern ? choicesAt(kind, pattern) : undefined;
  if (!choices || node.type !== "string") return;
  const allowed = Array.isArray(node.enum) ? new Set(node.enum) : undefined;
  const list = choices.filter((c) => !allowed || allowed.has(c.code));
  if (!list.length) return;
  for (const key of ["enum", "minLength", "maxLength"]) delete node[key];
  node.oneOf = list.map((c) => ({ const: c.code, title: c.label }));
}

/** Sets `title` on every labelled property; `pattern` is the dotted label key, `*` for list items. */
function annotate(node: Node, pattern: string, kind: KindDefinition): void {
  const labels = kind.meta.labels;
  const label = pattern ? labels[pattern] : undefined;
  if (label) node.title = label;
  if (isNode(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (isNode(child)) annotate(child, pattern ? `${pattern}.${key}` : key, kind);
    }
  }
  if (isNode(node.items)) annotate(node.items, pattern ? `${pattern}.*` : "*", kind);
  // Optional, nullable and union members describe the same field: same path, same label.
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const member of list) if (isNode(member)) annotate(member, pattern, kind);
  }
  titleChoices(node, pattern, kind);
}

/** The input (before defaults and transforms) as JSON Schema draft 2020-12, titled in Vietnamese. */
export function kindJsonSchema(kind: KindDefinition): object {
  const schema = z.toJSONSchema(kind.schema, { io: "input", unrepresentable: "any" }) as Node;
  annotate(schema, "", kind);
  const { $schema, $id: _id, ...rest } = schema;
  return { $schema, title: kind.meta.title, description: kind.meta.description, ...rest };
}
