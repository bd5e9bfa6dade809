// The spreadsheet layout of a kind: one sheet of records, one sheet per list of objects, typed columns.
import { choicesAt, type Choice, type KindDefinition } from "../kinds/index.js";
import { fold } from "./fold.js";
import { shapeOf, type ObjectShape, type ValueType } from "./schema-shape.js";

export interface Column {
  /** Path from the row's object (the record, or one list item) to the value. */
  key: readonly string[];
  /** Label key in meta.json: `issuer.name`, `people.*.birthDate`. */
  pattern: string;
  type: ValueType;
  /** One cell holds a list of values, one per line (legal bases, recipients). */
  list: boolean;
  required: boolean;
  /** What a clerk picks from: the choices' labels (`KT. (ký thay)`), or the schema's values when it has no wording. */
  options?: string[];
  /** Codes behind the labels: a record's `deputy` is written as `KT. (ký thay)`; validation reads it back. */
  choices?: readonly Choice[];
  min?: number;
  max?: number;
  label: string;
  /** The header the form writes: the label, qualified when two columns of a sheet share it. */
  header: string;
}

export interface Table {
  /** Label key of the list (`people`, `people.*.items`); "" for the records themselves. */
  pattern: string;
  /** Path from the parent row's object to the list. */
  key: readonly string[];
  label: string;
  sheet: string;
  columns: Column[];
  /** Literal values the schema demands (`kind`): written by the reader, never asked for. */
  constants: Array<{ key: readonly string[]; value: string | number | boolean }>;
  lists: Table[];
  parent?: Table;
  /** The list must be present even when empty (no default in the schema). */
  required: boolean;
}

export interface Layout {
  kindId: string;
  title: string;
  main: Table;
  /** Every table, the records first, then the lists depth first. */
  tables: Table[];
}

/** Links a row of a list sheet to its record (the record sheet's first column). */
export const ID_HEADER = "Mã bản ghi";
export const INSTRUCTIONS_SHEET = "Hướng dẫn";
export const CHOICES_SHEET = "Danh mục";
export const PROBLEMS_SHEET = "Danh sách lỗi";
const RESERVED = [INSTRUCTIONS_SHEET, CHOICES_SHEET, PROBLEMS_SHEET].map(fold);
const MAX_SHEET_NAME = 31;

/** Links a row of a nested list sheet to its parent item: the item's position among the record's rows there. */
export const parentHeader = (parent: Table): string => `Thứ tự ở trang ${parent.sheet}`;

function sheetName(wanted: string, taken: Set<string>, fallback: string): string {
  let name = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  if (name.length > MAX_SHEET_NAME) {
    const cut = name.slice(0, MAX_SHEET_NAME + 1);
    name = cut.slice(0, cut.lastIndexOf(" ") > 10 ? cut.lastIndexOf(" ") : MAX_SHEET_NAME).replace(/[,;\s]+$/, "");
  }
  if (!name || RESERVED.includes(fold(name))) name = fallback;
  let unique = name;
  for (let n = 2; taken.has(fold(unique)); n++) unique = `${name.slice(0, MAX_SHEET_NAME - 3)} ${n}`;
  taken.add(fold(unique));
  return unique;
}

interface Walk {
  kind: KindDefinition;
  labels: Record<string, string>;
  taken: Set<string>;
  tables: Table[];
}

const labelOf = (walk: Walk, pattern: string, fallback: string): string =>
  Object.hasOwn(walk.labels, pattern) ? walk.labels[pattern]! : fallback;

function fill(table: Table, obj: ObjectShape, key: readonly string[], pattern: string, required: boolean, walk: Walk): void {
  for (const f of obj.fields) {
    const k = [...key, f.key];
    const p = pattern ? `${pattern}.${f.key}` : f.key;
    const s = f.shape;
    if (s.kind === "const") table.constants.push({ key: k, value: s.value });
    else if (s.kind === "object") fill(table, s, k, p, required && f.required, walk);
    else if (s.kind === "list") {
      const label = labelOf(walk, p, f.key);
      const child: Table = { pattern: p, key: k, label, sheet: sheetName(label, walk.taken, f.key), columns: [], constants: [], lists: [], parent: table, required: f.required && required };
      table.lists.push(child);
      walk.tables.push(child);
      fill(child, s.item, [], `${p}.*`, true, walk);
    } else {
      const label = labelOf(walk, p, k.join("."));
      const { list, min, max } = s;
      const choices = worded(walk.kind, p, s.type, s.options);
      const [type, options] = choices ? (["choice", choices.map((c) => c.label)] as const) : [s.type, s.options];
      table.columns.push({ key: k, pattern: p, type, list, required: required && f.required, options, choices, min, max, label, header: label });
    }
  }
  qualifyHeaders(table, walk);
}

/** The clerk wording of a choice column (or of a text field with a closed list, such as the template version). */
function worded(kind: KindDefinition, pattern: string, type: ValueType, codes: string[] | undefined): readonly Choice[] | undefined {
  if (type !== "choice" && type !== "text") return undefined;
  const all = choicesAt(kind, pattern);
  const list = codes ? all?.filter((c) => codes.includes(c.code)) : all;
  return list && list.length ? list : undefined;
}

/** Two columns of one sheet with the same label get their parent's label added: `Tên (Cơ quan ban hành)`. */
function qualifyHeaders(table: Table, walk: Walk): void {
  const seen = new Map<string, number>();
  for (const c of table.columns) seen.set(fold(c.header), (seen.get(fold(c.header)) ?? 0) + 1);
  for (const c of table.columns) {
    if ((seen.get(fold(c.header)) ?? 0) < 2) continue;
    const parent = c.pattern.split(".").slice(0, -1).join(".");
    const parentLabel = parent && Object.hasOwn(walk.labels, parent) ? walk.labels[parent] : undefined;
    c.header = parentLabel && parent !== table.pattern ? `${c.label} (${parentLabel})` : c.key.join(".");
  }
}

const cache = new WeakMap<KindDefinition, Layout>();

/** The layout of a kind's input, derived from its schema and labels (cached per kind). */
export function layoutOf(kind: KindDefinition): Layout {
  const hit = cache.get(kind);
  if (hit) return hit;
  const shape = shapeOf(kind.schema).shape;
  const walk: Walk = { kind, labels: kind.meta.labels, taken: new Set(RESERVED), tables: [] };
  // A title cut in mid-phrase reads badly as a tab name: a long title gives the plain "Văn bản".
  const title = kind.meta.title.length <= MAX_SHEET_NAME ? kind.meta.title : "Văn bản";
  const main: Table = { pattern: "", key: [], label: kind.meta.title, sheet: sheetName(title, walk.taken, "Văn bản"), columns: [], constants: [], lists: [], required: true };
  walk.tables.push(main);
  if (shape.kind === "object") fill(main, shape, [], "", true, walk);
  const layout: Layout = { kindId: kind.meta.id, title: kind.meta.title, main, tables: walk.tables };
  cache.set(kind, layout);
  return layout;
}

/** Lists hold their items' position through their ancestors: `people` then `people.*.items`. */
export const ancestors = (table: Table): Table[] => {
  const out: Table[] = [];
  for (let t = table.parent; t && t.parent; t = t.parent) out.unshift(t);
  return out;
};
