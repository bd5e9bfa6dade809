// A draft without its number (approval service): validates, and prints `Số:      /QĐ-UBND` with the space left open.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../../src/index.js";
import { loadRecord, renderFiles, type SampleKey } from "./helpers.js";

const draftOf = (key: SampleKey): Record<string, unknown> => {
  const { number: _n, ...rest } = loadRecord(key);
  return rest;
};
const paragraphsOf = async (docx: Uint8Array): Promise<string[]> => {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
};

describe("a draft's open number", () => {
  it("is valid without a number", () => {
    expect(validateDocument(draftOf("nd30One"))).toMatchObject({ ok: true });
    expect(validateDocument(draftOf("partyOne")).ok).toBe(true);
  });

  it("prints Số:      /QĐ-UBND (nd30) in the DOCX and the PDF, with room for the number", async () => {
    const r = await renderFiles(draftOf("nd30Four"));
    const paras = await paragraphsOf(r.docx);
    expect(paras).toContain("Số:      /QĐ-UBND");
    // The appendix note keeps the open place too (no-break spaces: running text collapses ordinary ones).
    expect(paras.some((p) => p.includes(`Kèm theo Quyết định số ${"\u00a0".repeat(6)}/QĐ-UBND ngày`))).toBe(true);
    const label = r.items.find((i) => i.str === "Số:")!;
    const rest = r.items.find((i) => i.str === "/QĐ-UBND")!;
    // PDF: the open space is six spaces of the 13 pt face (3.25 pt each) between "Số:" and "/QĐ-UBND".
    expect(rest.y).toBeCloseTo(label.y, 1);
    expect(rest.x - (label.x + label.width)).toBeCloseTo(6 * 3.25, 0);
  });

  it("prints Số      -QĐ/TU (party) and the same layout with a number as before", async () => {
    const r = await renderFiles(draftOf("partyOne"));
    expect(await paragraphsOf(r.docx)).toContain("Số      -QĐ/TU");
    const numbered = await renderFiles(loadRecord("partyOne"));
    expect((await paragraphsOf(numbered.docx)).some((p) => /^Số \d{2,}-QĐ\/TU$/.test(p))).toBe(true);
  });
});
