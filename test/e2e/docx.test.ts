// formats.md §1–§4 as the DOCX declares them in word/document.xml: font, A4 page and margins, exact
// 18 pt lines with a 1.27 cm first-line indent on body paragraphs, and the run formatting (bold,
// italic, size) of the header, title, bases, signature and recipients in both profiles.
import { beforeAll, describe, expect, it } from "vitest";
import { attr, get, parseXml } from "../backends/docx/docx-parts.js";
import { allParagraphs, halfPoints, hasProp, indentOf, renderSample, runsOf, type DocxPara, type Rendered, type SampleKey } from "./helpers.js";

type Face = "b" | "i" | "bi" | "-";
interface Case {
  key: SampleKey;
  profile: "nd30" | "party";
  /** Style → [face, size in pt] of every run of paragraphs with that style. */
  runs: Record<string, [Face, number]>;
}

const COMMON: Record<string, [Face, number]> = {
  motto: ["b", 14],
  placeDate: ["i", 14],
  summary: ["b", 14],
  enact: ["b", 14],
  signatureAuthority: ["b", 14],
  signerName: ["b", 14],
  heading: ["b", 14],
  note: ["i", 14],
};
const ND30: Record<string, [Face, number]> = {
  ...COMMON,
  nationalTitle: ["b", 13],
  issuingBody: ["b", 13],
  parentBody: ["-", 13],
  number: ["-", 13],
  docType: ["b", 14],
  authority: ["b", 14],
  basis: ["i", 14],
  signatureTitle: ["b", 14],
  recipientsLabel: ["bi", 12],
  recipient: ["-", 11],
};
const PARTY: Record<string, [Face, number]> = {
  ...COMMON,
  nationalTitle: ["b", 15],
  issuingBody: ["b", 14],
  parentBody: ["-", 14],
  number: ["-", 14],
  docType: ["b", 16],
  basis: ["-", 14],
  signatureTitle: ["-", 14],
  recipientsLabel: ["-", 14],
  recipient: ["-", 12],
};
const CASES: Case[] = [
  { key: "nd30One", profile: "nd30", runs: ND30 },
  { key: "nd30Four", profile: "nd30", runs: ND30 },
  { key: "partyOne", profile: "party", runs: PARTY },
  { key: "partyThree", profile: "party", runs: PARTY },
  { key: "nd30Long", profile: "nd30", runs: ND30 },
  { key: "partyLong", profile: "party", runs: PARTY },
];

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.key, await renderSample(c.key));
});

const face = (run: unknown): Face => {
  const b = hasProp(run, "w:b");
  const i = hasProp(run, "w:i");
  return b && i ? "bi" : b ? "b" : i ? "i" : "-";
};
const near = (value: string | undefined, expected: number, tolerance = 2): void => expect(Math.abs(Number(value) - expected)).toBeLessThanOrEqual(tolerance);

describe.each(CASES)("DOCX of $key", (c) => {
  const xml = (): string => docs.get(c.key)!.parts.document;
  const paras = (): DocxPara[] => allParagraphs(xml());

  it("declares Times New Roman on every run and as the document default", () => {
    const fonts = [...xml().matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(20);
    for (const f of fonts) {
      expect(f).toMatch(/w:ascii="Times New Roman"/);
      expect(f).toMatch(/w:hAnsi="Times New Roman"/);
    }
    const styles = docs.get(c.key)!.parts.styles;
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(xml()).not.toMatch(/w:ascii="(?!Times New Roman")/);
  });

  it("uses A4 portrait (11906 × 16838 twips) with margins 1134/1134/1701/850 (± 2)", () => {
    const sects = [...xml().matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => parseXml(m[0]));
    expect(sects.length).toBeGreaterThan(0);
    for (const s of sects) {
      near(attr(s, "w:sectPr/w:pgSz", "w:w"), 11906);
      near(attr(s, "w:sectPr/w:pgSz", "w:h"), 16838);
      expect(attr(s, "w:sectPr/w:pgSz", "w:orient") ?? "portrait").toBe("portrait");
      near(attr(s, "w:sectPr/w:pgMar", "w:top"), 1134);
      near(attr(s, "w:sectPr/w:pgMar", "w:bottom"), 1134);
      near(attr(s, "w:sectPr/w:pgMar", "w:left"), 1701);
      near(attr(s, "w:sectPr/w:pgMar", "w:right"), 850);
    }
  });

  it("sets body and basis paragraphs justified, exact 360 (18 pt) lines, first line 720 twips, ≥ 6 pt after", () => {
    const body = paras().filter((p) => p.style === "body" || p.style === "basis");
    expect(body.filter((p) => p.style === "body").length).toBeGreaterThanOrEqual(3);
    expect(body.filter((p) => p.style === "basis").length).toBeGreaterThanOrEqual(3);
    for (const p of body) {
      expect(attr(p.node, "w:pPr/w:spacing", "w:line"), p.text).toBe("360");
      expect(attr(p.node, "w:pPr/w:spacing", "w:lineRule"), p.text).toBe("exact");
      expect(Number(attr(p.node, "w:pPr/w:spacing", "w:after")), p.text).toBeGreaterThanOrEqual(120);
      expect(attr(p.node, "w:pPr/w:jc", "w:val"), p.text).toBe("both");
      expect(indentOf(p), p.text).toEqual({ left: 0, right: 0, firstLine: 720 });
    }
  });

  it("starts every article with a bold “Điều N.” run followed by upright text", () => {
    const articles = paras().filter((p) => /^Điều \d+\./.test(p.text));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const p of articles) {
      const [label, ...rest] = runsOf(p);
      const text = get(label, "w:t");
      expect(String(typeof text === "string" ? text : get(text, "#text")).trim()).toMatch(/^Điều \d+\.$/);
      expect(face(label)).toBe("b");
      expect(rest.length).toBeGreaterThan(0);
      for (const r of rest) expect(face(r)).toBe("-");
    }
  });

  it("formats the runs of each header, title, basis, signature and recipient style", () => {
    const seen = new Set<string>();
    for (const p of paras()) {
      const want = c.runs[p.style];
      if (!want) continue;
      for (const run of runsOf(p)) {
        seen.add(p.style);
        expect(face(run), `${p.style}: ${p.text}`).toBe(want[0]);
        expect(halfPoints(run), `${p.style}: ${p.text}`).toBe(want[1] * 2);
      }
    }
    const required = ["nationalTitle", "issuingBody", "number", "placeDate", "docType", "summary", "basis", "signatureAuthority", "signerName", "recipientsLabel", "recipient"];
    // A head signing in person (nd30Four: `mode: head`) has one line, `CHỦ TỊCH`, and no title line under it.
    if (c.key !== "nd30Four") required.push("signatureTitle");
    if (c.profile === "nd30") required.push("motto", "authority", "enact");
    else required.push("parentBody");
    for (const style of required) expect(seen.has(style), style).toBe(true);
  });

  it(c.profile === "nd30" ? "has no underline anywhere" : "underlines only “Nơi nhận:”", () => {
    const underlined = paras().filter((p) => runsOf(p).some((r) => hasProp(r, "w:u")));
    expect(underlined.map((p) => p.text)).toEqual(c.profile === "nd30" ? [] : ["Nơi nhận:"]);
  });
});
