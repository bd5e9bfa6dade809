// Loads the committed sample inputs (JSON or YAML) for tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXED_NOW = () => new Date("2026-03-01T00:00:00Z");

export function loadRecord(relPath: string): Record<string, unknown> {
  const text = readFileSync(`${ROOT}${relPath}`, "utf8");
  return (relPath.endsWith(".json") ? JSON.parse(text) : YAML.parse(text)) as Record<string, unknown>;
}
