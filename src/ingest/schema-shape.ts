// Reads a kind's zod schema as a shape: objects, lists of objects, and typed cells (text, date, choice …).
import { z } from "zod";

export type ValueType = "text" | "number" | "integer" | "boolean" | "date" | "choice" | "json";

export interface LeafShape {
  kind: "leaf";
  type: ValueType;
  /** A list of such values, kept in one cell with one item per line. */
  list: boolean;
  options?: string[];
  min?: number;
  max?: number;
}
export interface ObjectShape {
  kind: "object";
  fields: Array<{ key: string; shape: Shape; required: boolean }>;
}
export interface ListShape {
  kind: "list";
  item: ObjectShape;
}
/** A literal the input must hold (`kind: "rotation-decision"`): filled in, never asked for. */
export interface ConstShape {
  kind: "const";
  value: string | number | boolean;
}
export type Shape = LeafShape | ObjectShape | ListShape | ConstShape;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const WRAPPERS_OPTIONAL = new Set(["optional", "default", "prefault", "catch", "nullable"]);
const WRAPPERS_SAME = new Set(["readonly", "nonoptional"]);

const leaf = (type: ValueType, extra: Partial<LeafShape> = {}): LeafShape => ({ kind: "leaf", type, list: false, ...extra });
const JSON_LEAF = leaf("json");

/** A text field whose schema turns `05/09/1980` into `1980-09-05` accepts dates (fields.ts `date()`). */
function behavesAsDate(schema: z.ZodType): boolean {
  const r = schema.safeParse("05/09/1980");
  return r.success && r.data === "1980-09-05";
}

function numberShape(schema: z.ZodType): LeafShape {
  const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const num = (k: string) => (typeof js[k] === "number" ? (js[k] as number) : undefined);
  const min = num("minimum") ?? (num("exclusiveMinimum") !== undefined ? num("exclusiveMinimum")! + 1e-9 : undefined);
  const max = num("maximum") ?? (num("exclusiveMaximum") !== undefined ? num("exclusiveMaximum")! - 1e-9 : undefined);
  const shape = leaf(js.type === "integer" ? "integer" : "number");
  if (min !== undefined && Math.abs(min) < Number.MAX_SAFE_INTEGER) shape.min = min;
  if (max !== undefined && Math.abs(max) < Number.MAX_SAFE_INTEGER) shape.max = max;
  return shape;
}

const choiceValues = (values: unknown[]): string[] | undefined =>
  values.every((v) => typeof v === "string" || typeof v === "number") ? values.map(String) : undefined;

const isChoice = (m: Shape): boolean =>
  (m.kind === "const" && typeof m.value !== "boolean") || (m.kind === "leaf" && m.type === "choice" && !m.list);

function unionShape(options: z.ZodType[]): Shape {
  const members = options.map((o) => shapeOf(o).shape);
  if (members.length > 0 && members.every(isChoice)) {
    const values = members.flatMap((m) => (m.kind === "const" ? [String(m.value)] : m.kind === "leaf" ? (m.options ?? []) : []));
    return leaf("choice", { options: [...new Set(values)] });
  }
  if (members.length > 0 && members.every((m) => m.kind === "object")) return mergeObjects(members as ObjectShape[], true);
  return JSON_LEAF;
}

/** Fields of several object shapes (union members, intersections); `union` makes fields optional unless in every member. */
function mergeObjects(objects: ObjectShape[], union: boolean): ObjectShape {
  const byKey = new Map<string, { shapes: Shape[]; required: boolean[] }>();
  for (const o of objects) {
    for (const f of o.fields) {
      const entry = byKey.get(f.key) ?? { shapes: [], required: [] };
      entry.shapes.push(f.shape);
      entry.required.push(f.required);
      byKey.set(f.key, entry);
    }
  }
  const fields = [...byKey].map(([key, e]) => {
    const first = e.shapes[0]!;
    const consts = e.shapes.filter((s): s is ConstShape => s.kind === "const");
    // A discriminator (`type: "a"` in one member, `"b"` in another) becomes a choice.
    const shape: Shape = consts.length > 1 ? leaf("choice", { options: [...new Set(consts.map((c) => String(c.value)))] }) : first;
    const required = union ? e.required.length === objects.length && e.required.every(Boolean) : e.required.some(Boolean);
    return { key, shape, required };
  });
  return { kind: "object", fields };
}

function objectShape(def: Def): ObjectShape {
  const shape = def.shape as Record<string, z.ZodType>;
  return {
    kind: "object",
    fields: Object.entries(shape).map(([key, child]) => {
      const got = shapeOf(child);
      return { key, shape: got.shape, required: !got.optional };
    }),
  };
}

function arrayShape(element: z.ZodType): Shape {
  const item = shapeOf(element).shape;
  if (item.kind === "object") return { kind: "list", item };
  if (item.kind === "leaf" && !item.list && item.type !== "json") return { ...item, list: true };
  if (item.kind === "const") return leaf("choice", { options: [String(item.value)], list: true });
  return JSON_LEAF;
}

/** The shape of a schema and whether the input may leave it out. */
export function shapeOf(schema: z.ZodType): { shape: Shape; optional: boolean } {
  const def = defOf(schema);
  if (WRAPPERS_OPTIONAL.has(def.type)) return { shape: shapeOf(def.innerType as z.ZodType).shape, optional: true };
  if (WRAPPERS_SAME.has(def.type)) return shapeOf(def.innerType as z.ZodType);
  if (def.type === "lazy") return shapeOf((def.getter as () => z.ZodType)());
  if (def.type === "pipe") {
    // z.preprocess is a pipe from a transform: the shape is the target's.
    const from = defOf(def.in).type === "transform" ? (def.out as z.ZodType) : (def.in as z.ZodType);
    const inner = shapeOf(from);
    if (inner.shape.kind === "leaf" && inner.shape.type === "text" && behavesAsDate(schema)) return { ...inner, shape: leaf("date") };
    return inner;
  }
  return { shape: plainShape(schema, def), optional: false };
}

function plainShape(schema: z.ZodType, def: Def): Shape {
  switch (def.type) {
    case "object":
      return objectShape(def);
    case "array":
      return arrayShape(def.element as z.ZodType);
    case "string":
      return leaf(def.format === "date" || behavesAsDate(schema) ? "date" : "text");
    case "number":
      return numberShape(schema);
    case "boolean":
      return leaf("boolean");
    case "date":
      return leaf("date");
    case "enum": {
      const options = choiceValues(Object.values(def.entries as object));
      return options ? leaf("choice", { options }) : JSON_LEAF;
    }
    case "literal": {
      const values = def.values as unknown[];
      const only = values[0];
      if (values.length === 1 && (typeof only === "string" || typeof only === "number" || typeof only === "boolean")) return { kind: "const", value: only };
      const options = choiceValues(values);
      return options ? leaf("choice", { options }) : JSON_LEAF;
    }
    case "union":
      return unionShape(def.options as z.ZodType[]);
    case "intersection": {
      const [l, r] = [shapeOf(def.left as z.ZodType).shape, shapeOf(def.right as z.ZodType).shape];
      return l.kind === "object" && r.kind === "object" ? mergeObjects([l, r], false) : JSON_LEAF;
    }
    default:
      return JSON_LEAF;
  }
}
