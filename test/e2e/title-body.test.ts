// formats.md §3 read from the PDF and the DOCX: type name, summary and its rule or dashes, the legal
// bases with their punctuation, the authority and enacting lines, the articles and the end mark.
import { beforeAll, describe, expect, it } from "vitest";
import {
  TEXT,
  after,
  centre,
  find,
  horizontalLines,
  isBold,
  isItalic,
  isRule,
  lineUnder,
  paraText,
  paragraphs,
  renderSample,
  ruleLength,
  topParagraphs,
  type Line,
  type Rendered,
  type SampleKey,
} from "./helpers.js";

interface Case {
  key: SampleKey;
  profile: "nd30" | "party";
}
const CASES: Case[] = [
  { key: "nd30One", profile: "nd30" },
  { key: "nd30Four", profile: "nd30" },
  { key: "partyOne", profile: "party" },
  { key: "partyThree", profile: "party" },
];

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.key, await renderSample(c.key));
});

/** Decision paragraphs (before "Nơi nhận:"), split into legal bases and the rest. */
function decision(r: Rendered): { bases: Line[][]; body: Line[][] } {
  const sig = find(r.items, "Nơi nhận:");
  const paras = paragraphs(r.items.filter((i) => i.page < sig.page || (i.page === sig.page && i.y < sig.y)));
  const isBasis = (p: Line[]) => /^(- )?(Căn cứ|Theo đề nghị|Xét đề nghị)/.test(p[0]!.text);
  return { bases: paras.filter(isBasis), body: paras.filter((p) => !isBasis(p)) };
}

describe.each(CASES)("title and body of $key", ({ key, profile }) => {
  const doc = (): Rendered => docs.get(key)!;
  const nd30 = profile === "nd30";

  it(`prints QUYẾT ĐỊNH bold caps ${nd30 ? 14 : 16} pt centred on the text area (± 1 pt)`, () => {
    const t = find(doc().items, "QUYẾT ĐỊNH");
    expect(isBold(t)).toBe(true);
    expect(t.size).toBe(nd30 ? 14 : 16);
    expect(Math.abs(centre(t) - TEXT.centre)).toBeLessThanOrEqual(1);
  });

  it(`prints the summary bold, centred, starting “${nd30 ? "Về" : "về"} việc”`, () => {
    const t = find(doc().items, "QUYẾT ĐỊNH");
    const s = find(doc().items, /việc/, t);
    expect(s.str).toMatch(nd30 ? /^Về việc / : /^về việc /);
    expect(s.y).toBeGreaterThan(t.y);
    expect(isBold(s)).toBe(true);
    expect(s.size).toBe(14);
    expect(Math.abs(centre(s) - TEXT.centre)).toBeLessThanOrEqual(1);
  });

  if (nd30) {
    it("draws a centred rule 1/3 to 1/2 of the summary under it, in the PDF and the DOCX", () => {
      const s = find(doc().items, /^Về việc /);
      const rule = lineUnder(doc(), s)!;
      expect(rule).toBeDefined();
      const ratio = (rule.x2 - rule.x1) / s.width;
      expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      expect(ratio).toBeLessThanOrEqual(1 / 2);
      expect(Math.abs((rule.x1 + rule.x2) / 2 - centre(s))).toBeLessThanOrEqual(1);
      const docxRule = after(topParagraphs(doc().parts.document), "summary")!;
      expect(docxRule && isRule(docxRule)).toBe(true);
      const docxRatio = ruleLength(docxRule) / s.width;
      expect(docxRatio).toBeGreaterThanOrEqual(1 / 3);
      expect(docxRatio).toBeLessThanOrEqual(1 / 2);
    });
  } else {
    it("prints a centred “-----” under the summary and draws no rule there", () => {
      const s = find(doc().items, /^về việc /);
      const dashes = find(doc().items, "-----", s);
      expect(dashes.y).toBeGreaterThan(s.y);
      expect(dashes.y - s.y).toBeLessThan(25);
      expect(Math.abs(centre(dashes) - TEXT.centre)).toBeLessThanOrEqual(1);
      expect(horizontalLines(doc()).filter((l) => l.page === 1 && l.y > s.y && l.y < dashes.y + 10)).toEqual([]);
      expect(topParagraphs(doc().parts.document).filter(isRule)).toEqual([]);
    });
  }

  it(nd30 ? "prints the bases italic, no prefix, “;” endings, the last “Theo đề nghị …” ending “.”" : "prints the bases upright with “- ”, “;” endings, the last “- Xét đề nghị …” ending “,”", () => {
    const { bases } = decision(doc());
    expect(bases.length).toBeGreaterThanOrEqual(nd30 ? 4 : 3);
    bases.forEach((p, n) => {
      const text = paraText(p);
      const last = n === bases.length - 1;
      for (const i of p.flatMap((l) => l.items)) {
        expect(isItalic(i), i.str).toBe(nd30);
        expect(isBold(i), i.str).toBe(false);
      }
      if (nd30) expect(text).toMatch(last ? /^Theo đề nghị .*[^.;,]\.$/ : /^Căn cứ .*[^.;,];$/);
      else expect(text).toMatch(last ? /^- Xét đề nghị .*[^.;,],$/ : /^- Căn cứ .*[^.;,];$/);
    });
  });

  it(nd30 ? "puts the authority line above the bases and QUYẾT ĐỊNH: below them" : "puts BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH after the bases", () => {
    const { bases } = decision(doc());
    const first = bases[0]![0]!;
    const last = bases.at(-1)!.at(-1)!;
    const article = find(doc().items, "Điều 1.");
    const enact = find(doc().items, nd30 ? "QUYẾT ĐỊNH:" : "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH");
    expect(isBold(enact)).toBe(true);
    expect(Math.abs(centre(enact) - TEXT.centre)).toBeLessThanOrEqual(1);
    expect(enact.y).toBeGreaterThan(last.y);
    expect(enact.y).toBeLessThan(article.y);
    if (nd30) {
      const authority = find(doc().items, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA");
      expect(isBold(authority)).toBe(true);
      expect(authority.size).toBe(14);
      expect(Math.abs(centre(authority) - TEXT.centre)).toBeLessThanOrEqual(1);
      expect(authority.y).toBeLessThan(first.y);
      expect(authority.y).toBeGreaterThan(find(doc().items, /^Về việc /).y);
    } else {
      expect(doc().items.filter((i) => i.str === "QUYẾT ĐỊNH:")).toEqual([]);
    }
  });

  it("prints Điều 1. bold and the article text upright", () => {
    const label = find(doc().items, "Điều 1.");
    expect(isBold(label)).toBe(true);
    expect(label.size).toBe(14);
    const article = decision(doc()).body.find((p) => p[0]!.text.startsWith("Điều 1."))!;
    const text = article.flatMap((l) => l.items).filter((i) => i !== label);
    expect(text.length).toBeGreaterThan(0);
    for (const i of text) expect(isBold(i) || isItalic(i), i.str).toBe(false);
  });

  it(`ends the last body sentence with “${nd30 ? "./." : "."}”`, () => {
    const { body } = decision(doc());
    const lastText = paraText(body.at(-1)!);
    if (nd30) expect(lastText).toMatch(/[^./]\.\/\.$/);
    else {
      expect(lastText).toMatch(/[^./]\.$/);
      expect(lastText).not.toContain("./.");
    }
    // Only the last sentence carries the end mark.
    expect(body.slice(0, -1).filter((p) => paraText(p).endsWith("./."))).toEqual([]);
  });
});
