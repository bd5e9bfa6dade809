// Golden files for every sample: the document model, prettified word/document.xml and PDF text with positions.
import JSZip from "jszip";
import { describe, it } from "vitest";
import { renderDocument } from "../src/index.js";
import { expectGolden, prettyXml, pdfTextLines } from "./helpers/golden.js";
import { extractPdfText } from "./helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "./helpers/samples.js";

const SAMPLES = [
  "inputs/party/luan-chuyen-mot-nguoi.json",
  "inputs/party/luan-chuyen-ba-nguoi.yaml",
  "inputs/nd30/dieu-dong-mot-nguoi.json",
  "inputs/nd30/dieu-dong-bon-nguoi.yaml",
];

describe.each(SAMPLES)("golden output of %s", (sample) => {
  const name = sample.replace(/^inputs\//, "").replace(/\.(json|ya?ml)$/, "");
  it("model, document.xml and PDF text match the golden files", async () => {
    const r = await renderDocument(loadRecord(sample), { now: FIXED_NOW, internals: true });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expectGolden(`${name}/model.json`, `${JSON.stringify(r.value.model, null, 2)}\n`);
    const zip = await JSZip.loadAsync(r.value.files.docx!);
    expectGolden(`${name}/document.xml`, prettyXml(await zip.file("word/document.xml")!.async("string")));
    expectGolden(`${name}/pdf-text.txt`, pdfTextLines(await extractPdfText(r.value.files.pdf!)));
  });
  it("renders byte-identical files twice under a fixed clock", async () => {
    const a = await renderDocument(loadRecord(sample), { now: FIXED_NOW, internals: true });
    const b = await renderDocument(loadRecord(sample), { now: FIXED_NOW, internals: true });
    if (!a.ok || !b.ok) throw new Error("render failed");
    const { expect } = await import("vitest");
    expect(Buffer.from(a.value.files.pdf!).equals(Buffer.from(b.value.files.pdf!))).toBe(true);
    expect(Buffer.from(a.value.files.docx!).equals(Buffer.from(b.value.files.docx!))).toBe(true);
  });
});
