// Golden files for the leader's nêu gương sample: document model, prettified document.xml, PDF text with positions.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { renderDocument } from "../../../src/index.js";
import { expectGolden, pdfTextLines, prettyXml } from "../../helpers/golden.js";
import { extractPdfText } from "../../helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "../../helpers/samples.js";

const SAMPLE = "inputs/commitment-registration/dang-ky-neu-guong-2026.yaml";

describe(`golden output of ${SAMPLE}`, () => {
  it("model, document.xml and PDF text match the golden files", async () => {
    const r = await renderDocument(loadRecord(SAMPLE), { now: FIXED_NOW, internals: true });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.version).toBe("qd08-2018");
    const name = "commitment-registration/dang-ky-neu-guong-2026";
    expectGolden(`${name}/model.json`, `${JSON.stringify(r.value.model, null, 2)}\n`);
    const zip = await JSZip.loadAsync(r.value.files.docx!);
    expectGolden(`${name}/document.xml`, prettyXml(await zip.file("word/document.xml")!.async("string")));
    expectGolden(`${name}/pdf-text.txt`, pdfTextLines(await extractPdfText(r.value.files.pdf!)));
  });
});
