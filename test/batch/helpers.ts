// Batch test data: invented rotation decisions built from a committed sample, written as JSON Lines.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ManifestEntry } from "../../src/index.js";
import { loadRecord } from "../helpers/samples.js";

const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Khánh", "Linh", "Phong", "Quỳnh", "Sơn", "Yến"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ"];

/** Record i: decision number i + 1 and an invented person, so every output name and content differs. */
export function rotation(i: number): Record<string, unknown> {
  const r = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json") as { number: number; people: Array<{ fullName: string }> };
  r.number = i + 1;
  r.people[0]!.fullName = `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}`;
  return r;
}

export const tmp = (prefix = "cadre-batch-"): string => mkdtempSync(join(tmpdir(), prefix));

/** Lines may be records (written as JSON) or raw text (to test broken lines). */
export function writeJsonl(dir: string, name: string, lines: Array<unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

export function manifestLines(outDir: string): ManifestEntry[] {
  return readFileSync(join(outDir, "manifest.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestEntry);
}
