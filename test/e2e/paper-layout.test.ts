// The layout faults a reader of official papers sees (review-papers.md §2), on every sample in inputs/
// and every stress input, read back from the PDF (pdfjs, positions) and from word/document.xml.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attr, bodyParagraphs, get, list, paragraphsOfStyle, sections, textOf, unzipDocx, type DocxParts } from "../backends/docx/docx-parts.js";
import { runCli } from "../helpers/cli.js";
import { extractPdfText, type PdfText } from "../helpers/pdf-text.js";
import { INDENT, isBold, isPageNumber, lines, MARGIN, right, type Item, type Line } from "./helpers.js";
import { pageFaults } from "./page-faults.js";

interface Doc {
  name: string;
  text: PdfText;
  items: Item[];
  parts: DocxParts;
}
const docs = new Map<string, Doc>();
const doc = (name: string): Doc => docs.get(name) ?? expect.fail(`no rendered ${name}; have ${[...docs.keys()].join(", ")}`);
const OUT = mkdtempSync(join(tmpdir(), "cadre-paper-"));

beforeAll(async () => {
  // The stress inputs share output names with samples: they go to a folder of their own.
  for (const [glob, out] of [["inputs/**/*.{json,yaml,yml}", OUT], ["test/fixtures/stress/*.yaml", join(OUT, "stress")]] as const) {
    const run = runCli(["render", glob, "--out", out, "--no-progress"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
  }
  for (const f of (readdirSync(OUT, { recursive: true }) as string[]).filter((f) => f.endsWith(".pdf"))) {
    const text = await extractPdfText(new Uint8Array(readFileSync(join(OUT, f))));
    const items = text.pages.flatMap((p, n) => p.items.map((i) => ({ ...i, page: n + 1 })));
    const parts = await unzipDocx(new Uint8Array(readFileSync(join(OUT, f.replace(/\.pdf$/, ".docx")))));
    docs.set(f, { name: f, text, items, parts });
  }
}, 240_000);

const all = (): Doc[] => [...docs.values()];
const bodyLines = (d: Doc): Line[] => lines(d.items.filter((i) => !isPageNumber(i)));

describe("pagination (review §2.3, §2.13)", () => {
  it("renders every sample and stress input (22 documents in out/ and out/so-noi-vu-2025/, 4 stress)", () => {
    expect(docs.size).toBe(26);
    expect([...docs.keys()].filter((k) => k.startsWith("stress/"))).toHaveLength(4);
  });

  it("leaves no prompt, heading or question last on a page, no writing area split with one line alone, no widow or orphan", () => {
    const faults = all().flatMap((d) => pageFaults(d.text).map((f) => `${d.name} ${f}`));
    expect(faults).toEqual([]);
  });

  it("keeps the review's cases together: `2. Tự xếp loại chất lượng:` on the page of its boxes", () => {
    for (const name of ["phieu-danh-gia-2025-le-thi-phuong-thao.pdf", "so-noi-vu-2025/phieu-danh-gia-2025-pham-quoc-hung.pdf"]) {
      const ls = bodyLines(doc(name));
      const prompt = ls.findIndex((l) => l.text === "2. Tự xếp loại chất lượng:");
      expect(prompt).toBeGreaterThanOrEqual(0);
      expect(ls[prompt + 1]!.text).toMatch(/^☐|^☒/u);
      expect(ls[prompt + 1]!.page).toBe(ls[prompt]!.page);
    }
  });

  it("writes widow control on every text paragraph and keep-with-next on every prompt of the DOCX body", () => {
    for (const d of all()) {
      for (const p of bodyParagraphs(d.parts.document)) {
        const text = textOf(p);
        if (!text.trim()) continue;
        expect(get(p, "w:p/w:pPr/w:widowControl"), `${d.name}: “${text}”`).toBeDefined();
        expect(attr(p, "w:p/w:pPr/w:widowControl", "w:val"), `${d.name}: “${text}”`).not.toBe("false");
        const leader = list(p, "w:p/w:r").some((r) => get(r, "w:tab") !== undefined);
        if (/:\s*$/u.test(text) && !leader) expect(get(p, "w:p/w:pPr/w:keepNext"), `${d.name}: prompt “${text}” kept with next`).toBeDefined();
      }
    }
  });
});

/** Page 1 left-column lines beside the right heading, and that heading. */
function headerLeft(d: Doc): { heading: Item; left: Line[] } {
  const heading = d.items.find((i) => i.page === 1 && /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)$/u.test(i.str))!;
  const left = lines(d.items.filter((i) => i.page === 1 && right(i) < heading.x && i.y < heading.y + 75 && i.str !== "*" && !/^Số/u.test(i.str)));
  return { heading, left };
}

describe("header issuer names (review §2.2)", () => {
  it("breaks the names of the review between phrases", () => {
    expect(headerLeft(doc("phieu-danh-gia-2024-hoang-van-tien.pdf")).left.map((l) => l.text)).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN YÊN ĐỊNH", "ỦY BAN NHÂN DÂN", "XÃ ĐỊNH HÒA"]);
    // `TRƯỜNG TRUNG HỌC PHỔ THÔNG` (224 pt at 13 pt bold) and the Quốc hiệu (271 pt) cannot share 468 pt:
    // the school's level is a phrase of its own.
    expect(headerLeft(doc("phieu-danh-gia-2025-do-minh-khang.pdf")).left.map((l) => l.text)).toEqual(["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH NINH BÌNH", "TRƯỜNG", "TRUNG HỌC PHỔ THÔNG", "HOA LƯ A"]);
    const docx = paragraphsOfStyle(doc("phieu-danh-gia-2024-hoang-van-tien.pdf").parts.document, "issuingBody").map(textOf);
    expect(docx).toEqual(["ỦY BAN NHÂN DÂN", "XÃ ĐỊNH HÒA"]);
  });

  it("keeps every issuer line at least 12 pt clear of the national heading, in every document", () => {
    for (const d of all()) {
      const { heading, left } = headerLeft(d);
      expect(left.length, d.name).toBeGreaterThan(0);
      for (const l of left) expect(heading.x - l.right, `${d.name}: “${l.text}”`).toBeGreaterThanOrEqual(11.5);
    }
  });
});

describe("signatures, headings, indents (review §2.4, §2.10, §2.11)", () => {
  it("leaves a blank line between a signer's name and the heading after it", () => {
    let pairs = 0;
    for (const d of all()) {
      const ls = bodyLines(d);
      ls.forEach((l, n) => {
        const next = ls[n + 1];
        const name = l.items.every(isBold) && l.left > MARGIN.left + 100;
        const heading = next && next.page === l.page && next.items.every(isBold) && Math.abs(next.left - MARGIN.left) < 0.5;
        if (!name || !heading) return;
        pairs++;
        expect(next.y - l.y, `${d.name}: “${l.text}” → “${next.text}”`).toBeGreaterThanOrEqual(36);
      });
    }
    expect(pairs).toBeGreaterThanOrEqual(6);
  });

  it("never justifies a section heading: DOCX alignment left, wrapped PDF lines end short of the margin", () => {
    let wrapped = 0;
    for (const d of all()) {
      const headings = paragraphsOfStyle(d.parts.document, "section");
      for (const p of headings) expect(attr(p, "w:p/w:pPr/w:jc", "w:val"), d.name).toBe("left");
      const texts = headings.map(textOf);
      for (const l of bodyLines(d)) {
        // A heading's line that is not its last: it would be stretched to the margin if justified.
        if (!texts.some((t) => t.startsWith(l.text) && t.length > l.text.length + 1)) continue;
        wrapped++;
        expect(d.text.pages[l.page - 1]!.width - MARGIN.right - l.right, `${d.name}: “${l.text}”`).toBeGreaterThan(1);
      }
    }
    expect(wrapped).toBeGreaterThan(5);
  });

  it("indents `2. Tổng số điểm đánh giá` like items 1 and 3, and the self-review's scoring lines", () => {
    const nd335 = bodyLines(doc("phieu-danh-gia-2026-nguyen-huu-phuoc.pdf"));
    const x = (start: string, ls: Line[]) => (ls.find((l) => l.text.startsWith(start)) ?? expect.fail(`no line “${start}”`)).left;
    for (const item of ["1. Nhận xét ưu, khuyết điểm:", "2. Tổng số điểm đánh giá:", "3. Kết quả đánh giá"]) expect(x(item, nd335), item).toBeCloseTo(MARGIN.left + INDENT, 0);
    // HD 43's scoring lines (…/30, …/70, …/100) took the place of the one `Điểm tự chấm` line.
    expect(x("1. Nhóm tiêu chí chung", bodyLines(doc("ban-kiem-diem-2025-pham-quoc-hung.pdf")))).toBeCloseTo(MARGIN.left + INDENT, 0);
  });

  it("hangs a wrapped check-box item's second line under its text, not under the box", () => {
    const ls = bodyLines(doc("phieu-danh-gia-2026-nguyen-huu-phuoc.pdf"));
    const first = ls.find((l) => l.text.includes("Bị cấp có thẩm quyền kết luận"))!;
    const second = ls[ls.indexOf(first) + 1]!;
    expect(first.items[0]!.str).toBe("☐");
    expect(first.left).toBeCloseTo(MARGIN.left + INDENT, 0);
    expect(second.left).toBeCloseTo(first.items[1]!.x, 0);
    const options = paragraphsOfStyle(doc("phieu-danh-gia-2026-nguyen-huu-phuoc.pdf").parts.document, "field").filter((p) => /^[☐☒]/u.test(textOf(p)));
    for (const p of options) expect(Number(attr(p, "w:p/w:pPr/w:ind", "w:hanging"))).toBeGreaterThan(200);
  });
});

describe("centred notes (review §2.8)", () => {
  it("balances the appendix reference line: its last line is never a lone word (`Tỉnh / ủy)`)", () => {
    let notes = 0;
    for (const d of all()) {
      const ls = bodyLines(d);
      const start = ls.findIndex((l) => l.text.startsWith("(Kèm theo"));
      if (start < 0) continue;
      const note = [ls[start]!];
      while (ls[start + note.length]?.text && !note.at(-1)!.text.endsWith(")")) note.push(ls[start + note.length]!);
      notes++;
      const last = note.at(-1)!;
      expect(last.text.split(" ").length, `${d.name}: “${last.text}”`).toBeGreaterThanOrEqual(3);
      if (note.length > 1) expect(last.right - last.left, d.name).toBeGreaterThan(0.6 * (note[0]!.right - note[0]!.left));
    }
    expect(notes).toBeGreaterThanOrEqual(4);
  });
});

describe("appendix page numbering (review §2.8, NĐ 30 Phụ lục I III.1.đ)", () => {
  const numbers = (d: Doc): Array<string | undefined> => d.text.pages.map((_, n) => d.items.find((i) => i.page === n + 1 && isPageNumber(i))?.str);

  it("numbers an nd30 appendix on its own: its first page unnumbered, then 2, 3, 4", () => {
    const d = doc("stress/quyet-dinh-luan-chuyen-2026-412-ubnd.pdf");
    const start = d.items.find((i) => i.str.startsWith("DANH SÁCH CÔNG CHỨC"))!.page;
    expect(start).toBe(3);
    expect(numbers(d)).toEqual([undefined, "2", undefined, "2", "3", "4"]);
    const [decision, appendix] = sections(d.parts.document);
    expect(attr(decision, "w:sectPr/w:pgNumType", "w:start")).toBeUndefined();
    expect(attr(appendix, "w:sectPr/w:pgNumType", "w:start")).toBe("1");
    expect(get(appendix, "w:sectPr/w:titlePg")).toBeDefined();
    expect(list(appendix, "w:sectPr/w:headerReference").map((h) => attr(h, "", "w:type")).sort()).toEqual(["default", "first"]);
  });

  it("keeps one run of numbers where no section restarts them (the party decision)", () => {
    expect(numbers(doc("stress/quyet-dinh-luan-chuyen-2026-213-tu.pdf"))).toEqual([undefined, "2", "3", "4", "5", "6"]);
  });
});
