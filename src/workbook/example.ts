// The example row of a form: the kind's first sample record in inputs/, else placeholders from the schema.
import fg from "fast-glob";
import { join } from "node:path";
import { nodeIo } from "../core/index.js";
import { TEMPLATES_DIR, type KindDefinition } from "../kinds/index.js";
import { ingestFile, layoutOf, type Column, type Table } from "../ingest/index.js";

/** The samples shipped with the package, beside templates/. */
export const INPUTS_DIR = join(TEMPLATES_DIR, "..", "inputs");

/** The first JSON or YAML record of the kind under dir (files in path order); undefined if none. */
export async function sampleRecord(kindId: string, dir = INPUTS_DIR): Promise<unknown> {
  const files = (await fg("**/*.{json,yaml,yml}", { cwd: dir, onlyFiles: true })).sort();
  for (const file of files) {
    const got = await ingestFile(join(dir, file), nodeIo());
    const hit = got.records.find((r) => (r.data as { kind?: unknown } | null)?.kind === kindId);
    if (hit && !got.issues.some((i) => i.severity === "error" && i.source?.record === hit.index)) return hit.data;
  }
  return undefined;
}

function placeholder(c: Column): unknown {
  switch (c.type) {
    case "date":
      return "2026-01-15";
    case "integer":
    case "number":
      return c.min !== undefined ? Math.ceil(c.min) : 1;
    case "boolean":
      return false;
    case "choice":
      return c.list ? [c.options?.[0]] : c.options?.[0];
    case "json":
      return undefined;
    default:
      return c.list ? [`Ví dụ: ${c.label}`] : `Ví dụ: ${c.label}`;
  }
}

function fillTable(table: Table, target: Record<string, unknown>): void {
  for (const c of table.columns) {
    if (!c.required) continue;
    let obj = target;
    for (const k of c.key.slice(0, -1)) obj = (obj[k] ??= {}) as Record<string, unknown>;
    obj[c.key[c.key.length - 1]!] = placeholder(c);
  }
  for (const list of table.lists) {
    const item: Record<string, unknown> = {};
    fillTable(list, item);
    let obj = target;
    for (const k of list.key.slice(0, -1)) obj = (obj[k] ??= {}) as Record<string, unknown>;
    obj[list.key[list.key.length - 1]!] = [item];
  }
}

/** Placeholders in the required columns only: a shape to copy, not data to print (`Ví dụ: Họ và tên`). */
export function placeholderRecord(kind: KindDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fillTable(layoutOf(kind).main, out);
  return out;
}

