// Rebuilds inputs/xlsx/: for each kind, the `form` command's workbook filled with the kind's JSON/YAML samples.
// Run: npx tsx scripts/make-xlsx-samples.ts (the files only change when the forms or the samples do).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fg from "fast-glob";
import JSZip from "jszip";
import { fillInputWorkbook, listKinds, nodeIo } from "../src/index.js";
import { ingestFile } from "../src/ingest/index.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(ROOT, "inputs", "xlsx");
/** Zip entries carry this date: the same inputs give the same bytes. */
const FIXED = new Date("2026-01-01T00:00:00Z");

/** The samples of a kind in inputs/ (JSON and YAML, in path order). */
async function samples(kindId: string): Promise<unknown[]> {
  const files = (await fg("inputs/**/*.{json,yaml,yml}", { cwd: ROOT })).sort();
  const out: unknown[] = [];
  for (const file of files) {
    const got = await ingestFile(join(ROOT, file), nodeIo());
    for (const r of got.records) if ((r.data as { kind?: unknown } | null)?.kind === kindId) out.push(r.data);
  }
  return out;
}

/** The workbook exactly as `cadre-docs form <kind> --xlsx …` writes it. */
function runForm(kindId: string, dir: string): Uint8Array {
  const file = join(dir, `${kindId}.xlsx`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "form", kindId, "--xlsx", file], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`form ${kindId} failed: ${r.stderr}`);
  return new Uint8Array(readFileSync(file));
}

async function fixedDates(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let data = await entry.async("uint8array");
    // The form command stamps the current time as the workbook's creation date.
    if (name === "docProps/core.xml") {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${FIXED.toISOString().replace(".000", "")}`);
      data = new TextEncoder().encode(xml);
    }
    out.file(name, data, { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const dir = mkdtempSync(join(tmpdir(), "cadre-forms-"));
try {
  mkdirSync(OUT, { recursive: true });
  // A bundle has no workbook of its own (its children are the other kinds' records).
  for (const kind of listKinds().filter((k) => !k.bundle)) {
    const records = await samples(kind.id);
    if (records.length === 0) continue;
    const filled = await fillInputWorkbook(runForm(kind.id, dir), records);
    if (!filled.ok) throw new Error(`fill ${kind.id}: ${JSON.stringify(filled.issues)}`);
    writeFileSync(join(OUT, `${kind.id}.xlsx`), await fixedDates(filled.value));
    console.log(`inputs/xlsx/${kind.id}.xlsx: ${records.length} bản ghi`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
