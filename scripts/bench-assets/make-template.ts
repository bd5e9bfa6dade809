// Builds rotation-template.docx for the docxtemplater baseline: our own one-page decision with {tags} for what varies.
// Run: npx tsx scripts/bench-assets/make-template.ts  (the output is committed; same input, same bytes)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { renderDocument } from "../../src/index.js";
import { benchRecord } from "./records.js";

export const TEMPLATE_PATH = fileURLToPath(new URL("./rotation-template.docx", import.meta.url));

/** A number no decision in the benchmark has, replaced by the {so} tag in the rendered header. */
const NUMBER_MARK = 98765;
const NOW = new Date("2026-03-01T00:00:00Z");

/** The record whose varying fields are docxtemplater tags; everything else is what every benchmark record shares. */
function templateRecord(): Record<string, unknown> {
  const r = benchRecord(0);
  r.number = NUMBER_MARK;
  r.people = [{ ...r.people[0]!, fullName: "{hoTen}", currentPosition: "{chucVu}", currentUnit: "{donVi}", destinationUnit: "{noiDen}", destinationPosition: "{chucVuMoi}" }];
  r.executors = "{thiHanh}";
  return r;
}

export async function makeTemplate(path = TEMPLATE_PATH): Promise<void> {
  const r = await renderDocument(templateRecord(), { now: () => NOW, formats: ["docx"] });
  if (!r.ok) throw new Error(`template record is invalid: ${JSON.stringify(r.issues)}`);
  const zip = await JSZip.loadAsync(r.value.files.docx!);
  const xml = await zip.file("word/document.xml")!.async("string");
  if (xml.split(String(NUMBER_MARK)).length !== 2) throw new Error("the number mark must appear exactly once in document.xml");
  zip.file("word/document.xml", xml.replace(String(NUMBER_MARK), "{so}"), { date: NOW });
  for (const f of Object.values(zip.files)) f.date = NOW;
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  writeFileSync(path, bytes);
}

/** The docxtemplater data for benchmark record i: the same content our pipeline renders from that record. */
export function templateData(record: ReturnType<typeof benchRecord>): Record<string, string> {
  const p = record.people[0]!;
  return {
    so: String(record.number).padStart(2, "0"),
    hoTen: p.fullName,
    chucVu: p.currentPosition,
    donVi: p.currentUnit,
    noiDen: p.destinationUnit,
    chucVuMoi: p.destinationPosition,
    thiHanh: String(record.executors),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await makeTemplate();
  console.log(`written ${TEMPLATE_PATH}`);
}
