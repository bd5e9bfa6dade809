// document.xml tables: fixed grids, borderless layout tables, ruled data tables, header rows, spacers.
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/backends/docx/index.js";
import { attr, bodyParagraphs, get, list, parseXml, tables, unzipDocx } from "./docx-parts.js";
import type { XNode } from "./docx-parts.js";
import { decisionDoc } from "./fixtures.js";

let xml: string;
let header: XNode, data: XNode, signature: XNode, annex: XNode;

beforeAll(async () => {
  xml = (await unzipDocx(await renderDocx(decisionDoc()))).document;
  [header, data, signature, annex] = tables(xml) as [XNode, XNode, XNode, XNode];
});

const SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"];
const border = (t: XNode, side: string, a: string) => attr(t, `w:tbl/w:tblPr/w:tblBorders/w:${side}`, a);

describe("tables", () => {
  it("lays the header table out on a fixed grid of the layout's columns, indent 0", () => {
    expect(tables(xml)).toHaveLength(4);
    expect(attr(header, "w:tbl/w:tblPr/w:tblLayout", "w:type")).toBe("fixed");
    expect(attr(header, "w:tbl/w:tblPr/w:tblW", "w:w")).toBe("9354");
    expect(attr(header, "w:tbl/w:tblPr/w:tblW", "w:type")).toBe("dxa");
    expect(attr(header, "w:tbl/w:tblPr/w:tblInd", "w:w")).toBe("0");
    expect(list(header, "w:tbl/w:tblGrid/w:gridCol").map((c) => attr(c, "", "w:w"))).toEqual(["3800", "5554"]);
    const cells = list(header, "w:tbl/w:tr/w:tc");
    expect(cells.map((c) => attr(c, "w:tcPr/w:tcW", "w:w"))).toEqual(["3800", "5554"]);
    expect(cells.map((c) => attr(c, "w:tcPr/w:tcW", "w:type"))).toEqual(["dxa", "dxa"]);
    expect(cells.map((c) => attr(c, "w:tcPr/w:vAlign", "w:val"))).toEqual(["top", "top"]);
  });

  it("draws no border at all on header and signature tables", () => {
    for (const t of [header, signature]) {
      for (const side of SIDES) expect(border(t, side, "w:val")).toBe("none");
      for (const side of ["top", "left", "bottom", "right"]) expect(attr(t, `w:tbl/w:tblPr/w:tblCellMar/w:${side}`, "w:w")).toBe("0");
    }
    expect(xml).not.toContain("<w:tcBorders>");
  });

  it("rules data tables with single black lines of borderWidth on every edge and inside", () => {
    for (const t of [data, annex]) {
      for (const side of SIDES) {
        expect(border(t, side, "w:val")).toBe("single");
        expect(border(t, side, "w:sz")).toBe("4");
        expect(border(t, side, "w:color")).toBe("000000");
      }
      expect(attr(t, "w:tbl/w:tblPr/w:tblCellMar/w:left", "w:w")).toBe("108");
      expect(attr(t, "w:tbl/w:tblPr/w:tblCellMar/w:top", "w:w")).toBe("0");
    }
    expect(list(annex, "w:tbl/w:tblGrid/w:gridCol").map((c) => attr(c, "", "w:w"))).toEqual(["800", "6000", "4000", "3846"]);
  });

  it("repeats the header row and keeps rows whole", () => {
    const rows = list(data, "w:tbl/w:tr");
    expect(rows).toHaveLength(4);
    expect(get(rows[0], "w:trPr/w:tblHeader")).toBeDefined();
    expect(rows.map((r) => get(r, "w:trPr/w:cantSplit") !== undefined)).toEqual([true, true, true, true]);
    expect(rows.slice(1).map((r) => get(r, "w:trPr/w:tblHeader"))).toEqual([undefined, undefined, undefined]);
    expect(get(list(header, "w:tbl/w:tr")[0], "w:trPr")).toBeUndefined();
  });

  it("keeps a keepNext table with what follows by keepNext on every paragraph in its cells", () => {
    const paras = list(data, "w:tbl/w:tr").flatMap((r) => list(r, "w:tc").flatMap((c) => list(c, "w:p")));
    expect(paras).toHaveLength(16);
    for (const p of paras) expect(get(p, "w:pPr/w:keepNext")).toBeDefined();
    const headerParas = list(header, "w:tbl/w:tr/w:tc").flatMap((c) => list(c, "w:p"));
    for (const p of headerParas) expect(get(p, "w:pPr/w:keepNext")).toBeUndefined();
  });

  it("separates touching tables and ends table-final sections with a 1 pt paragraph", () => {
    expect(xml).not.toMatch(/<\/w:tbl><w:tbl>/);
    // header → its title (a real paragraph); data → signature, signature → end of section 1 (holding
    // its sectPr), annex table → end of document get the spacer.
    const [title, ...after] = [...xml.matchAll(/<\/w:tbl>(<w:p>[^]*?<\/w:p>)/g)].map((m) => parseXml(m[1] ?? ""));
    expect(attr(title, "w:p/w:pPr/w:pStyle", "w:val")).toBe("docType");
    expect(after).toHaveLength(3);
    for (const p of after) {
      expect(attr(p, "w:p/w:pPr/w:spacing", "w:line")).toBe("20");
      expect(attr(p, "w:p/w:pPr/w:spacing", "w:lineRule")).toBe("exact");
      expect(list(p, "w:p/w:r")).toHaveLength(0);
    }
    expect(after.map((p) => get(p, "w:p/w:pPr/w:keepNext") !== undefined)).toEqual([true, false, false]);
    expect(after.map((p) => get(p, "w:p/w:pPr/w:sectPr") !== undefined)).toEqual([false, true, false]);
  });

  it("puts the section break into a section's last paragraph and fills an empty cell with the spacer", async () => {
    const doc = decisionDoc(1);
    const blocks = doc.sections[0]?.blocks ?? [];
    blocks.splice(blocks.length - 2, 2);
    const annexTable = doc.sections[1]?.blocks[1];
    if (annexTable?.type === "table") annexTable.rows[1]?.cells[3]?.paras.splice(0);
    const out = (await unzipDocx(await renderDocx(doc))).document;
    const breaking = bodyParagraphs(out).filter((p) => get(p, "w:p/w:pPr/w:sectPr") !== undefined);
    expect(breaking.map((p) => attr(p, "w:p/w:pPr/w:pStyle", "w:val"))).toEqual(["body"]);
    const cell = list(list(tables(out)[1], "w:tbl/w:tr")[1], "w:tc")[3];
    expect(attr(cell, "w:p/w:pPr/w:spacing", "w:line")).toBe("20");
    expect(list(cell, "w:p/w:r")).toHaveLength(0);
  });

  it("draws nothing: no drawings, shapes or text boxes", () => {
    for (const tag of ["<w:drawing", "<w:pict", "<v:", "<w:txbxContent", "<wps:", "<w:framePr"]) expect(xml).not.toContain(tag);
  });
});
