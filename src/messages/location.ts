// Where an issue is, in clerk's words: file, record, field label and list items from the kind's labels.
import type { Issue, IssuePath } from "../core/index.js";
import type { KindDefinition } from "../kinds/index.js";

const pattern = (path: IssuePath): string => path.map((p) => (typeof p === "number" ? "*" : p)).join(".");

/** The kind's label for exactly this path, else the dotted path inside the innermost list item. */
/** A label only if the kind defines it: `__proto__` and the like must not reach Object.prototype. */
const ownLabel = (kind: KindDefinition | undefined, key: string): string | undefined =>
  kind && Object.hasOwn(kind.meta.labels, key) ? kind.meta.labels[key] : undefined;

export function labelAt(kind: KindDefinition | undefined, path: IssuePath): string {
  const label = ownLabel(kind, pattern(path));
  if (label) return label;
  let start = 0;
  path.forEach((p, i) => {
    if (typeof p === "number") start = i + 1;
  });
  return path.slice(start).join(".") || path.join(".");
}

/** `mục 3`, or `người thứ 3` when the kind labels list items (`people.*`: "người"). */
function itemWord(kind: KindDefinition | undefined, itemPath: IssuePath, n: number): string {
  const noun = ownLabel(kind, pattern(itemPath));
  return noun ? `${noun} thứ ${n}` : `mục ${n}`;
}

/** `trường "Ngày sinh" (Danh sách cán bộ luân chuyển, mục 2)` for ["people", 1, "birthDate"]. */
function describeField(kind: KindDefinition | undefined, path: IssuePath): string {
  const endsWithItem = typeof path[path.length - 1] === "number";
  const fieldPath = endsWithItem ? path.slice(0, -1) : path;
  const items: string[] = [];
  path.forEach((p, i) => {
    if (typeof p !== "number") return;
    const item = itemWord(kind, path.slice(0, i + 1), p + 1);
    items.push(endsWithItem && i === path.length - 1 ? item : `${labelAt(kind, path.slice(0, i))}, ${item}`);
  });
  const field = `trường "${labelAt(kind, fieldPath)}"`;
  return items.length > 0 ? `${field} (${items.join("; ")})` : field;
}

/** `Tệp can-bo.xlsx, trang "Cán bộ", dòng 12, cột "Ngày sinh"`: a spreadsheet cell, as the clerk sees it. */
function describeCell(issue: Issue, kind: KindDefinition | undefined): string {
  const s = issue.source!;
  const parts: string[] = [];
  if (s.file) parts.push(`Tệp ${s.file}`);
  if (s.sheet) parts.push(`trang "${s.sheet}"`);
  if (s.row !== undefined) parts.push(`dòng ${s.row}`);
  if (s.column) parts.push(`cột "${s.column}"`);
  else if (issue.path.length > 0 && typeof issue.path[issue.path.length - 1] !== "number") parts.push(`trường "${labelAt(kind, issue.path)}"`);
  return parts.join(", ");
}

/** `Tệp inputs/a.json, bản ghi 1, trường "…" (…)`; empty when the issue has no place. */
export function describeLocation(issue: Issue, kind?: KindDefinition): string {
  if (issue.source?.row !== undefined || issue.source?.sheet !== undefined) return describeCell(issue, kind);
  const parts: string[] = [];
  if (issue.source?.file) parts.push(`Tệp ${issue.source.file}`);
  if (issue.source?.record !== undefined) parts.push(`bản ghi ${issue.source.record}`);
  if (issue.path.length > 0) parts.push(describeField(kind, issue.path));
  return parts.join(", ");
}
