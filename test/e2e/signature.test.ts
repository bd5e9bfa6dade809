// formats.md §4 read from the PDF and the DOCX: the signature block (prefix, title, name, the space
// for the signature), "Nơi nhận:" and the recipient lines with their punctuation.
import { beforeAll, describe, expect, it } from "vitest";
import {
  MM,
  TEXT,
  allParagraphs,
  find,
  halfPoints,
  hasProp,
  horizontalLines,
  isBold,
  isItalic,
  renderSample,
  right,
  runsOf,
  type Item,
  type Rendered,
  type SampleKey,
} from "./helpers.js";

interface Case {
  key: SampleKey;
  profile: "nd30" | "party";
  /** Signature lines above the name, top down. */
  lines: string[];
  titleBold: boolean;
  name: string;
  recipients: string[];
}

const CASES: Case[] = [
  {
    key: "nd30One",
    profile: "nd30",
    lines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    titleBold: true,
    name: "Bùi Thanh Tùng",
    recipients: ["- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Sở Tài chính;", "- Lưu: VT, NV."],
  },
  {
    key: "nd30Four",
    profile: "nd30",
    lines: ["CHỦ TỊCH"],
    titleBold: true,
    name: "Nguyễn Hữu Nghĩa",
    recipients: ["- Như Điều 3;", "- Thường trực Tỉnh ủy (để b/c);", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Lưu: VT, NV."],
  },
  {
    key: "partyOne",
    profile: "party",
    lines: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    titleBold: false,
    name: "Trần Văn Khải",
    recipients: ["- Như Điều 3,", "- Ban Tổ chức Trung ương (để b/c),", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy."],
  },
  {
    key: "partyThree",
    profile: "party",
    lines: ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
    titleBold: false,
    name: "Đỗ Thị Lan Phương",
    recipients: ["- Như Điều 3,", "- Ban Tổ chức Trung ương (để b/c),", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy."],
  },
];

const docs = new Map<SampleKey, Rendered>();
beforeAll(async () => {
  for (const c of CASES) docs.set(c.key, await renderSample(c.key));
});

/** The recipient lines under "Nơi nhận:", a wrapped recipient joined to its first line. */
function recipientLines(r: Rendered, label: Item, size: number): string[] {
  const out: string[] = [];
  const below = r.items.filter((i) => i.page === label.page && i.y > label.y && i.size === size && i.x < TEXT.centre).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const i of below) {
    if (i.str.startsWith("- ") || out.length === 0) out.push(i.str);
    else out[out.length - 1] += ` ${i.str}`;
  }
  return out;
}

describe.each(CASES)("signature and recipients of $key", (c) => {
  const doc = (): Rendered => docs.get(c.key)!;
  const nd30 = c.profile === "nd30";

  it(`prints ${c.lines.join(" / ")} in caps, the authority line bold, the title ${c.titleBold ? "bold" : "not bold"}`, () => {
    const first = find(doc().items, c.lines[0]!);
    expect(isBold(first)).toBe(true);
    expect(first.size).toBe(14);
    expect(first.x).toBeGreaterThan(TEXT.centre - 20);
    let prev = first;
    for (const text of c.lines.slice(1)) {
      const line = find(doc().items, text, prev);
      expect(line.y - prev.y).toBeCloseTo(18, 0);
      expect(Math.abs(line.x + line.width / 2 - (prev.x + prev.width / 2))).toBeLessThanOrEqual(1);
      expect(isBold(line)).toBe(c.titleBold);
      expect(isItalic(line)).toBe(false);
      expect(line.size).toBe(14);
      prev = line;
    }
    expect(c.lines.every((l) => l === l.toUpperCase())).toBe(true);
    if (c.lines.length === 1) expect(doc().items.filter((i) => /^(KT|TM|Q|TL|TUQ)\. /.test(i.str))).toEqual([]);
  });

  it("prints the signer's name bold 14 pt under the title", () => {
    const title = find(doc().items, c.lines.at(-1)!);
    const name = find(doc().items, c.name);
    expect(isBold(name)).toBe(true);
    expect(name.size).toBe(14);
    expect(name.page).toBe(title.page);
    expect(Math.abs(name.x + name.width / 2 - (title.x + title.width / 2))).toBeLessThanOrEqual(1);
  });

  // formats.md §4 "about 25–30 mm between title and name" is read as the blank room for signature and
  // seal: from the bottom of the title's 18 pt line to the top of the name's line.
  it("leaves 25–30 mm of blank room between the title line and the name line", () => {
    const title = find(doc().items, c.lines.at(-1)!);
    const name = find(doc().items, c.name);
    const gap = (name.y - title.y - 18) / MM;
    expect(gap).toBeGreaterThanOrEqual(25);
    expect(gap).toBeLessThanOrEqual(30);
  });

  it(`prints “Nơi nhận:” flush left, ${nd30 ? "12 pt bold italic" : "14 pt upright and underlined"}, level with the first signature line`, () => {
    const label = find(doc().items, "Nơi nhận:");
    const first = find(doc().items, c.lines[0]!);
    expect(Math.abs(label.x - TEXT.left)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(label.y - first.y)).toBeLessThanOrEqual(1);
    expect(label.size).toBe(nd30 ? 12 : 14);
    expect(isBold(label)).toBe(nd30);
    expect(isItalic(label)).toBe(nd30);
    const underline = horizontalLines(doc()).filter((s) => s.page === label.page && s.y > label.y && s.y < label.y + 4 && s.x1 < right(label) && s.x2 > label.x);
    if (nd30) expect(underline).toEqual([]);
    else {
      expect(underline).toHaveLength(1);
      expect(Math.abs(underline[0]!.x1 - label.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(underline[0]!.x2 - right(label))).toBeLessThanOrEqual(1);
    }
  });

  it(`marks “Nơi nhận:” in the DOCX as ${nd30 ? "bold italic 12 pt" : "underlined 14 pt"}`, () => {
    const label = allParagraphs(doc().parts.document).find((p) => p.text === "Nơi nhận:")!;
    const runs = runsOf(label);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(halfPoints(run)).toBe(nd30 ? 24 : 28);
      expect(hasProp(run, "w:b")).toBe(nd30);
      expect(hasProp(run, "w:i")).toBe(nd30);
      expect(hasProp(run, "w:u")).toBe(!nd30);
    }
  });

  it(`prints the recipients ${nd30 ? "11 pt, “;” endings, last “- Lưu: VT, NV.”" : "12 pt, “,” endings, last “- Lưu Văn phòng Tỉnh ủy.”"}`, () => {
    const label = find(doc().items, "Nơi nhận:");
    const size = nd30 ? 11 : 12;
    const got = recipientLines(doc(), label, size);
    expect(got).toEqual(c.recipients);
    got.forEach((line, n) => {
      expect(line.startsWith("- ")).toBe(true);
      const last = n === got.length - 1;
      expect(line.endsWith(last ? "." : nd30 ? ";" : ",")).toBe(true);
    });
    for (const i of doc().items.filter((i) => i.page === label.page && i.y > label.y && i.x < TEXT.centre)) {
      expect(i.size, i.str).toBe(size);
      expect(isBold(i) || isItalic(i), i.str).toBe(false);
      expect(Math.abs(i.x - TEXT.left), i.str).toBeLessThanOrEqual(0.5);
    }
  });
});
