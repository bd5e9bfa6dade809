// At numbering the body writes the number and date into the places left open when the signer signed; an attachment in a
// separate file gets the body's signature with its information line top right (Nghị định 30, Phụ lục I, II.8).
import { describe, expect, it } from "vitest";
import { renderPdf } from "../../src/backends/pdf/index.js";
import { bundledFonts } from "../../src/index.js";
import { renderRecord } from "../../src/pipeline/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { sealImage, signatureImage } from "../helpers/png.js";
import { FIXED_NOW, loadRecord } from "../helpers/samples.js";
import { loadP12, signPdf, SignError, verifyPdf } from "./api.js";
import { decisionPdf, makePki } from "./fixtures.js";

const pki = makePki();
const signer = () => loadP12(pki.signerP12, "mat-khau-1");
const body = () => loadP12(pki.bodyP12, "mat-khau-2");

/** The decision as rendered before numbering: the number and the day and month left open. */
async function openDecision(): Promise<Uint8Array> {
  const r = await renderRecord(loadRecord("inputs/nd30/dieu-dong-mot-nguoi.json"), { formats: [], now: FIXED_NOW });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const laid = r.value.laid;
  for (const item of laid.pages[0]!.items) {
    if (item.type !== "text") continue;
    if (item.text.startsWith("Số: ")) item.text = "Số:      /QĐ-UBND";
    if (item.text.includes(", ngày ")) item.text = item.text.replace(/ngày \d+ tháng \d+/, "ngày      tháng     ");
  }
  return renderPdf(laid, bundledFonts(), { pdfa: true });
}

describe("numbering a signed decision", () => {
  it("writes the number before its symbol and the day and month into their gaps; both signatures stay valid", async () => {
    const open = await openDecision();
    const signed = await signPdf(open, signer(), { role: "signer", image: signatureImage() });
    const numbered = await signPdf(signed, body(), { role: "body", image: sealImage(), number: 5, date: { day: 9, month: 1 } });
    expect((await verifyPdf(numbered)).map((r) => r.valid)).toEqual([true, true]);
    const before = (await extractPdfText(open)).pages[0]!.items;
    const after = (await extractPdfText(numbered)).pages[0]!.items;
    const numberLine = before.find((i) => i.str.startsWith("Số:"))!;
    const n = after.find((i) => i.str === "05")!;
    // Right before `/QĐ-UBND`, on the number's baseline, in its size.
    expect(n.y).toBeCloseTo(numberLine.y, 1);
    expect(n.size).toBeCloseTo(numberLine.size, 1);
    expect(n.x).toBeGreaterThan(numberLine.x);
    const dateLine = before.find((i) => i.str.includes("ngày"))!;
    const added = after.filter((i) => (i.str === "09" || i.str === "01") && Math.abs(i.y - dateLine.y) < 0.5);
    expect(added.map((i) => i.str)).toEqual(["09", "01"]);
    expect(added.every((i) => /Italic/.test(i.fontName))).toBe(true);
  });

  it("refuses to write a number where the document already has one", async () => {
    const signed = await signPdf(await decisionPdf(), signer(), { role: "signer", image: signatureImage() });
    const err = await signPdf(signed, body(), { role: "body", image: sealImage(), number: 6 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignError);
    expect((err as SignError).code).toBe("sign_pdf_no_blank");
  });
});

describe("an attachment in a separate file", () => {
  it("gets the body's signature without an image and its line top right in 10 pt upright", async () => {
    const at = new Date("2026-12-07T02:00:00Z");
    const signed = await signPdf(await decisionPdf(), body(), { role: "body", attachment: { reference: "05/QĐ-UBND" }, at });
    const [report] = await verifyPdf(signed);
    expect(report).toMatchObject({ role: "body", valid: true, coversWholeFile: true });
    const page = (await extractPdfText(signed)).pages[0]!;
    const ref = page.items.find((i) => i.str === "05/QĐ-UBND")!;
    const time = page.items.find((i) => i.str === "2026-12-07T09:00:00+07:00")!;
    for (const item of [ref, time]) {
      expect(item.size).toBeCloseTo(10, 1);
      expect(item.fontName).toMatch(/LiberationSerif$/);
      // Top right: right edge 15 mm from the page's right edge, within the top margin.
      expect(item.x + item.width).toBeCloseTo(page.width - (15 * 72) / 25.4, 0);
      expect(item.y).toBeLessThan(45);
    }
  });
});
