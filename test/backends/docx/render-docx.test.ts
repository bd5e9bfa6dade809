// document.xml of a rendered decision: sections, page-number headers, paragraph and run properties, tables.
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/backends/docx/index.js";
import { attr, bodyParagraphs, get, list, paragraphsOfStyle, parseXml, sections, textOf, unzipDocx } from "./docx-parts.js";
import type { DocxParts, XNode } from "./docx-parts.js";
import { decisionDoc, para, run } from "./fixtures.js";

let parts: DocxParts;
let xml: string;

beforeAll(async () => {
  parts = await unzipDocx(await renderDocx(decisionDoc()));
  xml = parts.document;
});

const first = (style: string): XNode => {
  const p = paragraphsOfStyle(xml, style)[0];
  if (p === undefined) throw new Error(`no paragraph of style ${style}`);
  return p;
};

const headerOf = (sect: XNode, type: string): string | undefined => {
  const ref = list(sect, "w:sectPr/w:headerReference").find((r) => attr(r, "", "w:type") === type);
  return ref === undefined ? undefined : parts.headers.get(attr(ref, "", "r:id") ?? "");
};

describe("sections", () => {
  it("writes one section per LSection with the exact page box and margins in twips", () => {
    const [s1, s2] = sections(xml);
    expect(sections(xml)).toHaveLength(2);
    expect(attr(s1, "w:sectPr/w:pgSz", "w:w")).toBe("11906");
    expect(attr(s1, "w:sectPr/w:pgSz", "w:h")).toBe("16838");
    expect(attr(s1, "w:sectPr/w:pgSz", "w:orient")).toBe("portrait");
    expect(attr(s2, "w:sectPr/w:pgSz", "w:w")).toBe("16838");
    expect(attr(s2, "w:sectPr/w:pgSz", "w:h")).toBe("11906");
    expect(attr(s2, "w:sectPr/w:pgSz", "w:orient")).toBe("landscape");
    for (const s of [s1, s2]) {
      const m = (side: string) => attr(s, "w:sectPr/w:pgMar", `w:${side}`);
      expect([m("top"), m("bottom"), m("left"), m("right"), m("header")]).toEqual(["1134", "1134", "1701", "850", "567"]);
    }
  });

  it("numbers pages from page 2: title page with an empty first header, later sections continue", () => {
    const [s1, s2] = sections(xml);
    expect(get(s1, "w:sectPr/w:titlePg")).toBeDefined();
    expect(attr(s1, "w:sectPr/w:titlePg", "w:val")).toBeUndefined();
    expect(headerOf(s1, "first")).not.toContain("PAGE");
    expect(headerOf(s1, "first")).toContain("<w:p>");
    expect(headerOf(s1, "default")).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(headerOf(s2, "first")).toBeUndefined();
    expect(attr(s2, "w:sectPr/w:titlePg", "w:val")).toBe("false");
    expect(headerOf(s2, "default")).toContain("PAGE");
    expect(attr(s2, "w:sectPr/w:pgNumType", "w:start")).toBeUndefined();
  });

  it("centres the page number at its size with an exact line height", () => {
    const hdr = parseXml(headerOf(sections(xml)[0], "default") ?? "");
    const p = get(hdr, "w:hdr/w:p");
    expect(attr(p, "w:pPr/w:jc", "w:val")).toBe("center");
    expect(attr(p, "w:pPr/w:spacing", "w:line")).toBe("360");
    expect(attr(p, "w:pPr/w:spacing", "w:lineRule")).toBe("exact");
    expect(list(p, "w:r").map((r) => attr(r, "w:rPr/w:sz", "w:val"))).toEqual(["28", "28", "28", "28"]);
    expect(attr(p, "w:r/w:fldChar", "w:fldCharType")).toBe("begin");
  });

  it("numbers every page when numbers start on page 1", async () => {
    const doc = { ...decisionDoc(1), pageNumber: { fromPage: 1, top: 28.35, size: 13, lineHeight: 16 } };
    const p = await unzipDocx(await renderDocx(doc));
    const s1 = sections(p.document)[0];
    expect(attr(s1, "w:sectPr/w:titlePg", "w:val")).toBe("false");
    expect(list(s1, "w:sectPr/w:headerReference").map((r) => attr(r, "", "w:type"))).toEqual(["default"]);
  });
});

describe("paragraphs", () => {
  it("writes the body format 1:1: justified, first-line indent, spacing, exact lines, widow control on", () => {
    const p = first("body");
    expect(attr(p, "w:p/w:pPr/w:jc", "w:val")).toBe("both");
    expect(attr(p, "w:p/w:pPr/w:ind", "w:firstLine")).toBe("720");
    expect(attr(p, "w:p/w:pPr/w:ind", "w:left")).toBe("0");
    expect(attr(p, "w:p/w:pPr/w:ind", "w:right")).toBe("0");
    expect(attr(p, "w:p/w:pPr/w:spacing", "w:before")).toBe("0");
    expect(attr(p, "w:p/w:pPr/w:spacing", "w:after")).toBe("120");
    expect(attr(p, "w:p/w:pPr/w:spacing", "w:line")).toBe("360");
    expect(attr(p, "w:p/w:pPr/w:spacing", "w:lineRule")).toBe("exact");
    expect(get(p, "w:p/w:pPr/w:widowControl")).toBeDefined();
    expect(attr(p, "w:p/w:pPr/w:widowControl", "w:val")).not.toBe("false");
    expect(get(p, "w:p/w:pPr/w:keepNext")).toBeUndefined();
  });

  it("writes widow control on every paragraph but the rules and spacers, as the layout paginated them", () => {
    const all = [...xml.matchAll(/<w:p>|<w:p [^>]*>/g)].length;
    expect(all).toBeGreaterThan(40);
    const paras = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((m) => m[0]);
    const off = paras.filter((p) => p.includes('<w:widowControl w:val="false"/>'));
    const on = [...xml.matchAll(/<w:widowControl\/>|<w:widowControl w:val="(?:true|1|on)"\/>/g)].length;
    expect(on + off.length).toBe(all);
    for (const p of off) expect(p, p.slice(0, 400)).toMatch(/<w:pBdr>|<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/);
  });

  it("writes bold and regular runs in Times New Roman at half-point sizes", () => {
    const p = first("body");
    const [label, rest] = list(p, "w:p/w:r");
    expect(get(label, "w:rPr/w:b")).toBeDefined();
    expect(get(rest, "w:rPr/w:b")).toBeUndefined();
    expect(get(rest, "w:rPr/w:i")).toBeUndefined();
    for (const r of [label, rest]) {
      expect(attr(r, "w:rPr/w:sz", "w:val")).toBe("28");
      for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(attr(r, "w:rPr/w:rFonts", `w:${slot}`)).toBe("Times New Roman");
    }
    expect(textOf(p)).toMatch(/^Điều 1\. Luân chuyển ông Nguyễn Văn An,/);
    expect(attr(first("nationalTitle"), "w:p/w:r/w:rPr/w:sz", "w:val")).toBe("26");
    expect(get(first("placeDate"), "w:p/w:r/w:rPr/w:i")).toBeDefined();
  });

  it("names no font but Times New Roman anywhere", () => {
    const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(50);
    for (const f of fonts) expect(f).toBe('w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"');
  });

  it("writes keepNext where the format asks for it", () => {
    expect(get(first("docType"), "w:p/w:pPr/w:keepNext")).toBeDefined();
    expect(get(first("summary"), "w:p/w:pPr/w:keepNext")).toBeDefined();
  });

  it("writes a rule as an empty paragraph with a single black bottom border between its indents", () => {
    const rules = paragraphsOfStyle(xml, "rule");
    expect(rules).toHaveLength(3);
    const summaryRule = bodyParagraphs(xml).find((p) => attr(p, "w:p/w:pPr/w:pStyle", "w:val") === "rule");
    for (const p of rules) {
      expect(list(p, "w:p/w:r")).toHaveLength(0);
      expect(attr(p, "w:p/w:pPr/w:pBdr/w:bottom", "w:val")).toBe("single");
      expect(attr(p, "w:p/w:pPr/w:pBdr/w:bottom", "w:sz")).toBe("6");
      expect(attr(p, "w:p/w:pPr/w:pBdr/w:bottom", "w:space")).toBe("0");
      expect(attr(p, "w:p/w:pPr/w:pBdr/w:bottom", "w:color")).toBe("000000");
      expect(attr(p, "w:p/w:pPr/w:spacing", "w:line")).toBe("60");
    }
    // (467.72 - 120) / 2 = 173.86 pt on each side.
    expect(attr(summaryRule, "w:p/w:pPr/w:ind", "w:left")).toBe("3477");
    expect(attr(summaryRule, "w:p/w:pPr/w:ind", "w:right")).toBe("3477");
  });

  it("writes underline, hanging indents, right alignment and page breaks", async () => {
    const doc = decisionDoc(0);
    const extra = para("note", [run("Nơi nhận", "italic", 12, true)], { align: "right", firstLine: -18, indentLeft: 18, pageBreakBefore: true });
    doc.sections[1]?.blocks.push(extra);
    const p = paragraphsOfStyle((await unzipDocx(await renderDocx(doc))).document, "note")[0];
    expect(attr(p, "w:p/w:r/w:rPr/w:u", "w:val")).toBe("single");
    expect(attr(p, "w:p/w:r/w:rPr/w:sz", "w:val")).toBe("24");
    expect(attr(p, "w:p/w:pPr/w:ind", "w:hanging")).toBe("360");
    expect(attr(p, "w:p/w:pPr/w:ind", "w:firstLine")).toBeUndefined();
    expect(attr(p, "w:p/w:pPr/w:jc", "w:val")).toBe("right");
    expect(get(p, "w:p/w:pPr/w:pageBreakBefore")).toBeDefined();
  });
});
