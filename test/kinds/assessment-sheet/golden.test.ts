// Golden files for two samples (Mẫu 02 for a deputy leader, the Nghị định 335 points sheet): model, document.xml, PDF text.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/index.js";
import { expectGolden, pdfTextLines, prettyXml } from "../../helpers/golden.js";
import { extractPdfText } from "../../helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "../../helpers/samples.js";
import { SAMPLE } from "./helpers.js";

describe.each([SAMPLE.mau02Leader, SAMPLE.nd335])("golden output of %s", (path) => {
  const name = path.replace(/^inputs\//, "").replace(/\.ya?ml$/, "");
  it("model, document.xml and PDF text match the golden files", async () => {
    const r = await renderDocument(loadRecord(path), { now: FIXED_NOW, internals: true });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expectGolden(`${name}/model.json`, `${JSON.stringify(r.value.model, null, 2)}\n`);
    const zip = await JSZip.loadAsync(r.value.files.docx!);
    expectGolden(`${name}/document.xml`, prettyXml(await zip.file("word/document.xml")!.async("string")));
    expectGolden(`${name}/pdf-text.txt`, pdfTextLines(await extractPdfText(r.value.files.pdf!)));
  });
  it("renders byte-identical files twice under a fixed clock", async () => {
    const [a, b] = await Promise.all([renderDocument(loadRecord(path), { now: FIXED_NOW, internals: true }), renderDocument(loadRecord(path), { now: FIXED_NOW, internals: true })]);
    if (!a.ok || !b.ok) throw new Error("render failed");
    expect(Buffer.from(a.value.files.pdf!).equals(Buffer.from(b.value.files.pdf!))).toBe(true);
    expect(Buffer.from(a.value.files.docx!).equals(Buffer.from(b.value.files.docx!))).toBe(true);
  });
});
