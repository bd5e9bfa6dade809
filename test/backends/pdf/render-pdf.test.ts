// The PDF backend read back with pdfjs: pages, text positions and faces, raw advance widths, rules, metadata, determinism.
import * as fontkit from "fontkit";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { renderPdf } from "../../../src/backends/pdf/index.js";
import { bundledFonts, Metrics } from "../../../src/layout/fonts.js";
import type { FaceKey, LaidDoc } from "../../../src/layout/types.js";
import { extractPdfText } from "../../helpers/pdf-text.js";
import type { PdfText } from "../../helpers/pdf-text.js";
import { lineItems, sampleDoc, textItems } from "./fixtures.js";
import { extractPdfPaths } from "./pdf-paths.js";

const TOLERANCE = 0.05;
const FONT_NAMES: Record<FaceKey, string> = {
  regular: "LiberationSerif",
  bold: "LiberationSerif-Bold",
  italic: "LiberationSerif-Italic",
  boldItalic: "LiberationSerif-BoldItalic",
  symbol: "DejaVuSans",
};

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");
const trailerId = (bytes: Uint8Array): string | undefined => /\/ID \[<([0-9a-f]+)>/.exec(latin1(bytes).slice(-400))?.[1];

describe("renderPdf", () => {
  const doc = sampleDoc();
  const metrics = new Metrics(bundledFonts());
  let bytes: Uint8Array;
  let read: PdfText;

  beforeAll(async () => {
    bytes = await renderPdf(doc, bundledFonts());
    read = await extractPdfText(bytes);
  });

  it("makes one page per PageBox, portrait or landscape, at the given size", () => {
    expect(read.pages.map((p) => [p.width, p.height])).toEqual(doc.pages.map((p) => [p.width, p.height]));
    expect(read.pages[1]!.width).toBeGreaterThan(read.pages[1]!.height);
  });

  it("puts each text at its x and baseline, in order, adding nothing (page numbers come from the layout)", () => {
    textItems(doc).forEach((expected, n) => {
      const got = read.pages[n]!.items;
      expect(got.map((i) => i.str)).toEqual(expected.map((i) => i.text));
      got.forEach((item, k) => {
        expect(Math.abs(item.x - expected[k]!.x)).toBeLessThan(TOLERANCE);
        expect(Math.abs(item.y - expected[k]!.baseline)).toBeLessThan(TOLERANCE);
        expect(item.size).toBeCloseTo(expected[k]!.size, 6);
      });
    });
  });

  it("embeds subsets of Liberation Serif in the face each item asks for", () => {
    textItems(doc).forEach((expected, n) => {
      read.pages[n]!.items.forEach((item, k) => {
        expect(item.fontName).toBe(`${item.fontName.slice(0, 7)}${FONT_NAMES[expected[k]!.face]}`);
        expect(item.fontName).toMatch(/^[A-Z]{6}\+/);
      });
    });
    expect(bytes.length).toBeLessThan(120_000); // the four full faces weigh about 1.6 MB
  });

  it("prints raw advance widths: no kerning, no ligatures", () => {
    textItems(doc).forEach((expected, n) => {
      read.pages[n]!.items.forEach((item, k) => {
        const { text, face, size } = expected[k]!;
        expect(Math.abs(item.width - metrics.width(text, face, size))).toBeLessThan(0.001);
      });
    });
    // The probe line would come out narrower if it were kerned: the check above has teeth.
    const probe = textItems(doc)[0]!.find((i) => i.text.startsWith("AVATAR"))!;
    const font = fontkit.create(Buffer.from(bundledFonts().files.regular)) as fontkit.Font;
    const kerned = (font.layout(probe.text).advanceWidth / font.unitsPerEm) * probe.size;
    expect(metrics.width(probe.text, "regular", probe.size) - kerned).toBeGreaterThan(1);
  });

  it("strokes line items with their width and butt caps, and fills underlines below the baseline", async () => {
    const paths = await extractPdfPaths(bytes);
    lineItems(doc).forEach((lines, n) => {
      const strokes = paths[n]!.filter((p) => p.paint === "stroke");
      expect(strokes).toHaveLength(lines.length);
      strokes.forEach((s, k) => {
        const { x1, y1, x2, y2, width } = lines[k]!;
        expect(s.lineWidth).toBe(width);
        expect(s.lineCap).toBe(0);
        const [a, b] = [s.points[0]!, s.points[1]!];
        for (const [got, want] of [[a[0], x1], [a[1], y1], [b[0], x2], [b[1], y2]] as const) {
          expect(Math.abs(got - want)).toBeLessThan(TOLERANCE);
        }
      });
    });
    textItems(doc).forEach((texts, n) => {
      const underlined = texts.filter((t) => t.underline);
      const fills = paths[n]!.filter((p) => p.paint === "fill");
      expect(fills).toHaveLength(underlined.length);
      fills.forEach((f, k) => {
        const t = underlined[k]!;
        const xs = f.points.map((p) => p[0]);
        const ys = f.points.map((p) => p[1]);
        expect(Math.abs(Math.min(...xs) - t.x)).toBeLessThan(TOLERANCE);
        expect(Math.abs(Math.max(...xs) - t.x - metrics.width(t.text, t.face, t.size))).toBeLessThan(TOLERANCE);
        expect(Math.min(...ys)).toBeGreaterThan(t.baseline);
        expect(Math.max(...ys)).toBeLessThan(t.baseline + 0.2 * t.size);
      });
    });
  });

  it("writes the document's metadata, language and display title", () => {
    expect(read.info).toMatchObject({
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Keywords: "kind=quyet-dinh-luan-chuyen; version=qd65-2022; profile=nd30",
      Creator: "cadre-docs",
      CreationDate: "D:20260205083000Z",
      ModDate: "D:20260205083000Z",
      Language: "vi-VN",
      PDFFormatVersion: "1.7",
    });
    expect(latin1(bytes)).toContain("/DisplayDocTitle true");
  });

  it("gives the same bytes for the same input, whatever was rendered before", async () => {
    const other: LaidDoc = sampleDoc({ title: "Báo cáo", createdAt: "2025-12-31T23:59:59.000Z" });
    other.pages[0]!.items.push({ type: "text", x: 90, baseline: 400, text: "ﬁ ‑ – … ½ ₫ ẞ", face: "italic", size: 9, underline: true });
    await renderPdf(other, bundledFonts());
    const again = await renderPdf(sampleDoc(), bundledFonts());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    // A caller that reads the font files anew for each document gets the same bytes too.
    const copied = { ...bundledFonts(), files: { ...bundledFonts().files, bold: bundledFonts().files.bold.slice() } };
    expect(Buffer.from(await renderPdf(sampleDoc(), copied)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("derives the trailer /ID from the content, not only from the metadata", async () => {
    const changed = sampleDoc();
    changed.pages[1]!.items.push({ type: "text", x: 85, baseline: 160, text: "Điều 3.", face: "bold", size: 14, underline: false });
    const id = trailerId(bytes);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(trailerId(await renderPdf(changed, bundledFonts()))).not.toBe(id);
  });

  it("takes pdfkit's bytes as they are pushed, never through the stream (whose ticks kept documents alive)", async () => {
    // A push into pdfkit's Readable schedules a process.nextTick holding the document; a batch renders many
    // documents between two turns of the event loop, so each was kept long enough to reach the old generation.
    const push = vi.spyOn(Readable.prototype, "push");
    const ticks = vi.spyOn(process, "nextTick");
    try {
      const again = await renderPdf(sampleDoc(), bundledFonts());
      expect(push).not.toHaveBeenCalled();
      expect(ticks).not.toHaveBeenCalled();
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
      expect(latin1(again.subarray(0, 9))).toBe("%PDF-1.7\n");
      expect(latin1(again.subarray(-6))).toBe("%%EOF\n");
    } finally {
      push.mockRestore();
      ticks.mockRestore();
    }
  });
});
