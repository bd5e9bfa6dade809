// Benchmark child: the usual template-engine route, docxtemplater filling a DOCX template, one file per record.
import process from "node:process";
import { performance } from "node:perf_hooks";
import { createReadStream, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";

const { values } = parseArgs({ options: { data: { type: "string" }, template: { type: "string" }, out: { type: "string" }, part: { type: "string" }, parts: { type: "string" } } });
const template = readFileSync(values.template);
const part = Number(values.part);
const parts = Number(values.parts);
mkdirSync(values.out, { recursive: true });
// Timed from the process's start (performance.now()'s origin): loading the code, and for cadre-docs starting
// the worker threads, count as they do for a clerk running the command.
const started = 0;
let n = 0;
let i = 0;
for await (const line of createInterface({ input: createReadStream(values.data) })) {
  if (!line || i++ % parts !== part) continue;
  const data = JSON.parse(line);
  // A fresh zip per document, as docxtemplater requires; the template bytes are read once.
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  const bytes = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(join(values.out, `quyet-dinh-${data.so}.docx`), bytes);
  n++;
}
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({ documents: n, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
