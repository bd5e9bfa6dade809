// Reads a kind's metadata from templates/<kind>/meta.json (pdfme-style: a template is a folder of data).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { KindMeta } from "./types.js";

export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

export function loadMeta(kindId: string, dir = TEMPLATES_DIR): KindMeta {
  const raw = JSON.parse(readFileSync(`${dir}/${kindId}/meta.json`, "utf8")) as KindMeta;
  if (raw.id !== kindId) throw new Error(`internal: templates/${kindId}/meta.json has id ${raw.id}`);
  return raw;
}
