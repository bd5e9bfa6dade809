// formats.md §2, the first-page header block, read from the PDF (text and drawn lines) and the DOCX.
import { beforeAll, describe, expect, it } from "vitest";
import { attr } from "../backends/docx/docx-parts.js";
import {
  after,
  centre,
  find,
  halfPoints,
  hasProp,
  headerCells,
  indentOf,
  isBold,
  isItalic,
  isRule,
  lineFrom,
  lineUnder,
  horizontalLines,
  loadRecord,
  renderFiles,
  renderSample,
  right,
  ruleLength,
  runsOf,
  type Item,
  type Rendered,
  type SampleKey,
} from "./helpers.js";

interface HeaderCase {
  key: SampleKey;
  heading: string;
  headingSize: number;
  number: string;
  numberSize: number;
  date: string;
}

const CASES: Record<"nd30" | "party", HeaderCase[]> = {
  nd30: [
    { key: "nd30One", heading: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", headingSize: 13, number: "Số: 05/QĐ-UBND", numberSize: 13, date: "Thanh Hóa, ngày 09 tháng 01 năm 2026" },
    { key: "nd30Four", heading: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", headingSize: 13, number: "Số: 38/QĐ-UBND", numberSize: 13, date: "Thanh Hóa, ngày 29 tháng 6 năm 2026" },
  ],
  party: [
    { key: "partyOne", heading: "ĐẢNG CỘNG SẢN VIỆT NAM", headingSize: 15, number: "Số 125-QĐ/TU", numberSize: 14, date: "Thanh Hóa, ngày 05 tháng 02 năm 2026" },
    { key: "partyThree", heading: "ĐẢNG CỘNG SẢN VIỆT NAM", headingSize: 15, number: "Số 07-QĐ/TU", numberSize: 14, date: "Thanh Hóa, ngày 16 tháng 3 năm 2026" },
  ],
};
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

const docs = new Map<SampleKey, Rendered>();
let nd30Parent: Rendered;
beforeAll(async () => {
  for (const c of [...CASES.nd30, ...CASES.party]) docs.set(c.key, await renderSample(c.key));
  const rec = loadRecord("nd30Four");
  rec.issuer = { ...(rec.issuer as object), parentBody: "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", name: "SỞ NỘI VỤ", symbol: "SNV" };
  nd30Parent = await renderFiles(rec);
});

/** Left-column header items (page 1, left of the right heading, above the number line). */
function leftColumn(r: Rendered, heading: string, number: string): Item[] {
  const h = find(r.items, heading);
  const n = find(r.items, number);
  return r.items.filter((i) => i.page === 1 && right(i) < h.x && i.y < n.y);
}

describe.each([...CASES.nd30, ...CASES.party])("header of $key", (c) => {
  const doc = (): Rendered => docs.get(c.key)!;

  it(`prints the heading bold ${c.headingSize} pt on one line (one baseline)`, () => {
    const h = find(doc().items, c.heading);
    expect(h.page).toBe(1);
    expect(lineFrom(doc().items, h)).toBe(c.heading);
    expect(isBold(h)).toBe(true);
    expect(h.size).toBe(c.headingSize);
    expect(doc().items.filter((i) => i.page === 1 && i.str.includes("NAM") && i.y < h.y + 40)).toHaveLength(1);
  });

  it("prints the number line and the italic date line on the same baseline (± 0.5 pt)", () => {
    const n = find(doc().items, c.number);
    const d = find(doc().items, c.date);
    expect(Math.abs(n.y - d.y)).toBeLessThanOrEqual(0.5);
    expect(isBold(n) || isItalic(n)).toBe(false);
    expect(n.size).toBe(c.numberSize);
    expect(isItalic(d) && !isBold(d)).toBe(true);
    expect(d.size).toBe(14);
    // The date sits in the right column, under the heading's rule.
    const rule = lineUnder(doc(), find(doc().items, c.heading.startsWith("ĐẢNG") ? c.heading : MOTTO))!;
    expect(d.y).toBeGreaterThan(rule.y);
    expect(Math.abs(centre(d) - (rule.x1 + rule.x2) / 2)).toBeLessThanOrEqual(1);
  });

  it("bolds the issuing body and centres it over its mark", () => {
    const left = leftColumn(doc(), c.heading, c.number);
    const bold = left.filter(isBold);
    expect(bold.length).toBeGreaterThan(0);
    for (const i of bold) expect(i.size).toBe(c.key.startsWith("nd30") ? 13 : 14);
    const widest = bold.reduce((a, b) => (b.width > a.width ? b : a));
    const last = bold.reduce((a, b) => (b.y > a.y ? b : a));
    if (c.key.startsWith("nd30")) {
      const rule = lineUnder(doc(), last);
      expect(rule, "rule under the issuing body").toBeDefined();
      const ratio = (rule!.x2 - rule!.x1) / widest.width;
      expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      expect(ratio).toBeLessThanOrEqual(1 / 2);
      expect(Math.abs((rule!.x1 + rule!.x2) / 2 - centre(widest))).toBeLessThanOrEqual(1);
    } else {
      const star = find(doc().items, "*");
      expect(star.y).toBeGreaterThan(last.y);
      expect(star.y - last.y).toBeLessThan(20);
      expect(Math.abs(centre(star) - centre(widest))).toBeLessThanOrEqual(1);
      const drawn = horizontalLines(doc()).filter((s) => s.page === 1 && s.x2 < find(doc().items, c.heading).x && s.y < star.y + 20);
      expect(drawn, "no rule under a Party issuing body").toEqual([]);
    }
  });
});

describe.each([
  { profile: "nd30", key: "nd30One" as SampleKey, text: MOTTO, style: "motto" },
  { profile: "party", key: "partyOne" as SampleKey, text: "ĐẢNG CỘNG SẢN VIỆT NAM", style: "nationalTitle" },
])("$profile rule under “$text”", ({ key, text, style }) => {
  it("is drawn in the PDF as long as the text (± 1 pt) and centred under it", async () => {
    const r = await renderSample(key);
    const t = find(r.items, text);
    expect(isBold(t)).toBe(true);
    const rule = lineUnder(r, t)!;
    expect(rule).toBeDefined();
    expect(Math.abs(rule.x2 - rule.x1 - t.width)).toBeLessThanOrEqual(1);
    expect(Math.abs((rule.x1 + rule.x2) / 2 - centre(t))).toBeLessThanOrEqual(1);
  });

  it("is an empty bordered paragraph in the DOCX as long as the text (± 1 pt), centred in its cell", async () => {
    const r = await renderSample(key);
    const cell = headerCells(r.parts.document)[0]![1]!;
    const rule = after(cell, style)!;
    expect(rule && isRule(rule)).toBe(true);
    expect(Math.abs(ruleLength(rule) - find(r.items, text).width)).toBeLessThanOrEqual(1);
    const { left, right: r2 } = indentOf(rule);
    expect(Math.abs(left - r2)).toBeLessThanOrEqual(1);
    // …and the text above it is centred in the same cell, so the rule is centred under the text.
    const textPara = cell.find((p) => p.style === style)!;
    expect(attr(textPara.node, "w:pPr/w:jc", "w:val")).toBe("center");
    expect(indentOf(textPara).left).toBe(indentOf(textPara).right);
    expect(attr(rule.node, "w:pPr/w:jc", "w:val") ?? "center").toBe("center");
  });
});

describe("nd30 Tiêu ngữ and issuing body", () => {
  it("prints the Tiêu ngữ bold 14 pt on the line below the Quốc hiệu", async () => {
    const r = await renderSample("nd30One");
    const h = find(r.items, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const m = find(r.items, MOTTO);
    expect(isBold(m)).toBe(true);
    expect(m.size).toBe(14);
    expect(m.y - h.y).toBeCloseTo(18, 0);
    expect(Math.abs(centre(m) - centre(h))).toBeLessThanOrEqual(1);
  });

  it("has a DOCX rule under the issuing body 1/3 to 1/2 of its longest PDF line, centred", async () => {
    const r = await renderSample("nd30One");
    const cell = headerCells(r.parts.document)[0]![0]!;
    const rule = after(cell, "issuingBody")!;
    expect(rule && isRule(rule)).toBe(true);
    const bold = leftColumn(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/QĐ-UBND").filter(isBold);
    const ratio = ruleLength(rule) / Math.max(...bold.map((i) => i.width));
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs(indentOf(rule).left - indentOf(rule).right)).toBeLessThanOrEqual(1);
  });

  it("prints a parent body upright (not bold) 13 pt above a bold issuing body", () => {
    // Broken between phrases: the level word opens the second line.
    const parent = find(nd30Parent.items, "ỦY BAN NHÂN DÂN");
    expect(find(nd30Parent.items, "TỈNH THANH HÓA").y).toBeGreaterThan(parent.y);
    const issuing = find(nd30Parent.items, "SỞ NỘI VỤ");
    expect(isBold(parent) || isItalic(parent)).toBe(false);
    expect(parent.size).toBe(13);
    expect(isBold(issuing)).toBe(true);
    expect(issuing.y).toBeGreaterThan(parent.y);
    const rule = lineUnder(nd30Parent, issuing)!;
    const ratio = (rule.x2 - rule.x1) / issuing.width;
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    const cell = headerCells(nd30Parent.parts.document)[0]![0]!;
    const runs = cell.filter((p) => p.style === "parentBody").flatMap(runsOf);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(hasProp(run, "w:b")).toBe(false);
  });
});

describe("party issuing body", () => {
  it("prints the parent body upright 14 pt, the issuing body bold, and a centred * with no DOCX rule", async () => {
    const r = await renderSample("partyThree");
    const parent = find(r.items, "ĐẢNG BỘ TỈNH THANH HÓA");
    expect(isBold(parent) || isItalic(parent)).toBe(false);
    expect(parent.size).toBe(14);
    expect(isBold(find(r.items, "TỈNH ỦY THANH HÓA"))).toBe(true);
    const cell = headerCells(r.parts.document)[0]![0]!;
    expect(cell.filter(isRule)).toEqual([]);
    const star = after(cell, "issuingBody")!;
    expect(star.text).toBe("*");
    expect(indentOf(star).left).toBe(indentOf(star).right);
    for (const run of cell.filter((p) => p.style === "parentBody").flatMap(runsOf)) {
      expect(hasProp(run, "w:b")).toBe(false);
      expect(halfPoints(run)).toBe(28);
    }
  });
});

describe.each([
  { date: "2026-06-29", text: "ngày 29 tháng 6 năm 2026" },
  { date: "2026-01-05", text: "ngày 05 tháng 01 năm 2026" },
  { date: "2026-02-03", text: "ngày 03 tháng 02 năm 2026" },
  { date: "2026-03-09", text: "ngày 09 tháng 3 năm 2026" },
  { date: "2026-12-10", text: "ngày 10 tháng 12 năm 2026" },
])("date rule: $date", ({ date, text }) => {
  it.each(["nd30One", "partyOne"] as SampleKey[])(`prints “Thanh Hóa, ${text}” in %s (PDF and DOCX)`, async (key) => {
    const rec = loadRecord(key);
    rec.date = date;
    const r = await renderFiles(rec);
    const d = find(r.items, /^Thanh Hóa, ngày/);
    expect(d.str).toBe(`Thanh Hóa, ${text}`);
    expect(isItalic(d)).toBe(true);
    const placeDate = headerCells(r.parts.document)[1]![1]!.find((p) => p.style === "placeDate")!;
    expect(placeDate.text).toBe(`Thanh Hóa, ${text}`);
  });
});
