// Golden files for the two samples: document model, prettified word/document.xml and PDF text with positions.
import { describe, expect, it } from "vitest";
import { expectGolden, pdfTextLines, prettyXml } from "../../helpers/golden.js";
import { loadSample, render } from "./helpers.js";

describe.each([
  ["state", "so-noi-vu-2025"],
  ["party", "chi-bo-dong-hai-2025"],
] as const)("assessment-summary golden output of the %s sample", (key, name) => {
  it("model, document.xml and PDF text match the golden files", async () => {
    const r = await render(loadSample(key));
    expectGolden(`assessment-summary/${name}/model.json`, `${JSON.stringify(r.model, null, 2)}\n`);
    expectGolden(`assessment-summary/${name}/document.xml`, prettyXml(r.docx.document));
    expectGolden(`assessment-summary/${name}/pdf-text.txt`, pdfTextLines(r.pdf));
  });

  it("renders byte-identical files twice under a fixed clock", async () => {
    const [a, b] = await Promise.all([render(loadSample(key)), render(loadSample(key))]);
    expect(Buffer.from(a.pdfBytes).equals(Buffer.from(b.pdfBytes))).toBe(true);
    expect(Buffer.from(a.docxBytes).equals(Buffer.from(b.docxBytes))).toBe(true);
  });
});
