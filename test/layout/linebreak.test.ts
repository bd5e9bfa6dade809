// Line breaking as Word does it: greedy at spaces, hanging trailing spaces, justified slack, cut words.
import { describe, expect, it } from "vitest";
import { bundledFonts, Metrics } from "../../src/layout/index.js";
import { breakLines } from "../../src/layout/linebreak.js";
import type { LRun } from "../../src/layout/index.js";

const metrics = new Metrics(bundledFonts());
const run = (text: string, face: LRun["face"] = "regular"): LRun => ({ text, face, size: 14, underline: false });
const w = (text: string) => metrics.width(text, "regular", 14);

describe("breakLines", () => {
  it("fills each line greedily and breaks at spaces", () => {
    const text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025";
    const avail = w("Căn cứ Luật Tổ chức chính") + 1;
    const lines = breakLines([run(text)], metrics, "left", avail, avail);
    expect(lines.map((l) => l.fragments.map((f) => f.text).join(""))).toEqual(["Căn cứ Luật Tổ chức chính", "quyền địa phương ngày 16", "tháng 6 năm 2025"]);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(avail);
  });

  it("overruns a box by a few hundredths of a point only as far as LibreOffice does (measured in a 12 pt table cell)", () => {
    const cell = (text: string, avail: number) =>
      breakLines([{ text, face: "regular", size: 12, underline: false }], metrics, "left", avail, avail).map((l) => l.fragments.map((f) => f.text).join(""));
    // 70.646 pt of text: LibreOffice breaks before `gia` in a 1412-twip box and keeps it in a 1413-twip one.
    expect(cell("lý văn hóa, gia đình", 70.6)).toEqual(["lý văn hóa,", "gia đình"]);
    expect(cell("lý văn hóa, gia đình", 70.65)).toEqual(["lý văn hóa, gia", "đình"]);
  });

  it("lets trailing spaces hang past the edge", () => {
    const avail = w("Điều 1.") + 0.5;
    const lines = breakLines([run("Điều 1.   Luân")], metrics, "left", avail, avail);
    expect(lines[0]!.fragments.map((f) => f.text).join("")).toBe("Điều 1.");
  });

  it("justifies every line but the last to the full width, sharing slack over the spaces", () => {
    const text = "Luân chuyển đồng chí Nguyễn Thị Minh Hạnh, Phó Giám đốc Sở Nội vụ, tỉnh Thanh Hóa.";
    const avail = 250;
    const lines = breakLines([run(text)], metrics, "justify", avail, avail);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(0, -1)) {
      const last = l.fragments[l.fragments.length - 1]!;
      expect(last.x + last.width).toBeCloseTo(avail, 6);
    }
    const end = lines[lines.length - 1]!.fragments.at(-1)!;
    expect(end.x + end.width).toBeLessThan(avail);
  });

  it("keeps emphasis per run and measures bold wider", () => {
    const lines = breakLines([run("Điều 1. ", "bold"), run("Luân chuyển")], metrics, "left", 500, 500);
    expect(lines[0]!.fragments.map((f) => [f.text, f.face])).toEqual([["Điều 1. ", "bold"], ["Luân chuyển", "regular"]]);
    expect(metrics.width("Điều 1.", "bold", 14)).toBeGreaterThan(w("Điều 1."));
  });

  it("breaks after a hyphen between letters, and cuts a word longer than the line", () => {
    const hy = breakLines([run("Kế hoạch - Tài chính Sở Nông-nghiệp")], metrics, "left", w("Kế hoạch - Tài chính Sở Nông-") + 0.5, 500);
    expect(hy.map((l) => l.fragments.map((f) => f.text).join(""))).toEqual(["Kế hoạch - Tài chính Sở Nông-", "nghiệp"]);
    const long = breakLines([run("ABCDEFGHIJKLMNOPQRSTUVWXYZ")], metrics, "left", 60, 60);
    expect(long.length).toBeGreaterThan(1);
    expect(long.map((l) => l.fragments.map((f) => f.text).join("")).join("")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (const l of long) expect(l.width).toBeLessThanOrEqual(60.01);
  });

  it("centres and right-aligns within the box", () => {
    const c = breakLines([run("QUYẾT ĐỊNH")], metrics, "center", 400, 400)[0]!;
    expect(c.fragments[0]!.x).toBeCloseTo((400 - w("QUYẾT ĐỊNH")) / 2, 6);
    const r = breakLines([run("QUYẾT ĐỊNH")], metrics, "right", 400, 400)[0]!;
    expect(r.fragments[0]!.x + r.fragments[0]!.width).toBeCloseTo(400, 6);
  });
});

describe("breakLines with several runs", () => {
  it("gives each line the sum of its fragments' widths and places fragments end to end", () => {
    const runs = [run("Điều 1. ", "bold"), run("Luân chuyển đồng chí "), run("Nguyễn Văn An", "italic"), run(", Phó Giám đốc Sở Nội-vụ tỉnh Thanh Hóa.")];
    for (const align of ["left", "center", "right"] as const) {
      const lines = breakLines(runs, metrics, align, 180, 220);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.flatMap((l) => l.fragments.map((f) => f.text)).join("").replace(/ +/g, " ")).toContain("Nguyễn Văn An");
      for (const l of lines) {
        let sum = 0;
        for (const f of l.fragments) sum += f.width;
        expect(l.width).toBe(sum);
        for (let i = 1; i < l.fragments.length; i++) expect(l.fragments[i]!.x).toBe(l.fragments[i - 1]!.x + l.fragments[i - 1]!.width);
      }
    }
  });
});
