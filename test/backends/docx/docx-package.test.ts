// The package around document.xml: styles.xml defaults, core properties, and byte-identical output.
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/backends/docx/index.js";
import { attr, get, list, parseXml, unzipDocx, zipEntries } from "./docx-parts.js";
import { decisionDoc } from "./fixtures.js";

describe("styles.xml", () => {
  it("sets document defaults to Times New Roman 14 pt with no spacing, shutting out Word's template", async () => {
    const styles = parseXml((await unzipDocx(await renderDocx(decisionDoc(2)))).styles);
    const rPr = "w:styles/w:docDefaults/w:rPrDefault/w:rPr";
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(attr(styles, `${rPr}/w:rFonts`, `w:${slot}`)).toBe("Times New Roman");
    expect(attr(styles, `${rPr}/w:sz`, "w:val")).toBe("28");
    const spacing = "w:styles/w:docDefaults/w:pPrDefault/w:pPr/w:spacing";
    expect([attr(styles, spacing, "w:before"), attr(styles, spacing, "w:after")]).toEqual(["0", "0"]);
    expect([attr(styles, spacing, "w:line"), attr(styles, spacing, "w:lineRule")]).toEqual(["240", "auto"]);
  });

  it("defines one paragraph style per style used, based on Normal", async () => {
    const styles = parseXml((await unzipDocx(await renderDocx(decisionDoc(2)))).styles);
    const byId = new Map(list(styles, "w:styles/w:style").map((s) => [attr(s, "", "w:styleId"), s]));
    expect(attr(byId.get("Normal"), "", "w:default")).toBe("1");
    const used = ["parentBody", "issuingBody", "rule", "number", "nationalTitle", "motto", "placeDate", "docType", "summary", "body"];
    for (const id of [...used, "tableHeader", "tableCell", "signerName", "heading", "pageNumber"]) {
      const s = byId.get(id);
      expect(attr(s, "", "w:type"), id).toBe("paragraph");
      expect(attr(s, "w:basedOn", "w:val"), id).toBe("Normal");
      expect(attr(s, "w:name", "w:val"), id).toBe(id);
    }
    expect(byId.has("authority")).toBe(false);
  });
});

describe("core properties", () => {
  it("records title, creator, subject, description and createdAt as both dates", async () => {
    const core = parseXml((await unzipDocx(await renderDocx(decisionDoc(2)))).core);
    const root = "cp:coreProperties";
    expect(get(core, `${root}/dc:title`)).toBe("Quyết định luân chuyển cán bộ & <thử>");
    expect(get(core, `${root}/dc:creator`)).toBe("Ủy ban nhân dân tỉnh Thanh Hóa");
    expect(get(core, `${root}/dc:subject`)).toBe("Về việc luân chuyển cán bộ");
    expect(get(core, `${root}/dc:description`)).toBe("quyet-dinh-luan-chuyen/qd65-2022/nd30");
    expect(get(core, `${root}/dcterms:created/#text`)).toBe("2026-02-05T08:30:00Z");
    expect(get(core, `${root}/dcterms:modified/#text`)).toBe("2026-02-05T08:30:00Z");
  });

  it("reads a createdAt without a zone as UTC", async () => {
    const doc = decisionDoc(0);
    doc.meta.createdAt = "2026-03-01T07:00:00";
    expect((await unzipDocx(await renderDocx(doc))).core).toContain(">2026-03-01T07:00:00Z</dcterms:created>");
    doc.meta.createdAt = "2026-03-01";
    expect((await unzipDocx(await renderDocx(doc))).core).toContain(">2026-03-01T00:00:00Z</dcterms:modified>");
  });
});

describe("determinism", () => {
  it("gives byte-identical output for the same input, whatever was rendered before or how much later", async () => {
    const a = await renderDocx(decisionDoc());
    await renderDocx(decisionDoc(3));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const b = await renderDocx(decisionDoc());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("dates every zip entry createdAt (UTC wall clock) and compresses with DEFLATE", async () => {
    const entries = zipEntries(await renderDocx(decisionDoc(2)));
    expect(entries.length).toBeGreaterThan(10);
    // 2026-02-05 08:30:00 in MS-DOS fields.
    const date = ((2026 - 1980) << 9) | (2 << 5) | 5;
    const time = (8 << 11) | (30 << 5);
    for (const e of entries) expect([e.name, e.method, e.dosDate, e.dosTime]).toEqual([e.name, 8, date, time]);
  });
});
