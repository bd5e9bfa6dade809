// Rotation decisions as a reader sees them: each basis once and in order of legal force, Article 1 and the
// appendix composed as Vietnamese writes them, the nd30 `Phụ lục` and reference lines, one date style.
import { describe, expect, it } from "vitest";
import { render, type Rendered } from "../assessment-sheet/helpers.js";
import { loadRecord } from "../../helpers/samples.js";

const SAMPLES = ["inputs/party/luan-chuyen-ba-nguoi.yaml", "inputs/party/luan-chuyen-mot-nguoi.json", "inputs/nd30/dieu-dong-bon-nguoi.yaml", "inputs/nd30/dieu-dong-mot-nguoi.json"];
const STRESS = ["test/fixtures/stress/decision-25-party.yaml", "test/fixtures/stress/decision-25-nd30.yaml"];
const files = new Map<string, Rendered>();
for (const f of [...SAMPLES, ...STRESS]) files.set(f, await render(loadRecord(f)));

/** The bases as printed in the DOCX: paragraphs from the first `Căn cứ` to the proposal. */
function bases(r: Rendered): string[] {
  const first = r.paragraphs.findIndex((p) => /^(- )?Căn cứ /.test(p));
  const last = r.paragraphs.findIndex((p) => /^(- )?(Xét|Theo) đề nghị/.test(p));
  return r.paragraphs.slice(first, last + 1);
}
const cited = (p: string) => /(Điều lệ Đảng|Quy chế làm việc|(?:Quy định|Kết luận|Kế hoạch|Thông báo|Quyết định|Nghị định) số [^ ,]+|Luật [^,]+? ngày)/.exec(p.replace(/^- /, "").replace(/^Căn cứ /, ""))?.[1] ?? p;

describe.each([...SAMPLES, ...STRESS])("%s", (file) => {
  const r = files.get(file)!;
  it("prints every legal basis once, in the DOCX and in the PDF", () => {
    const docs = bases(r).map(cited);
    expect(new Set(docs).size, docs.join("\n")).toBe(docs.length);
    expect(r.pdf.match(/Quy định số 65-QĐ\/TW/g)).toHaveLength(1);
  });
  it("orders the bases by legal force and ends with the proposal", () => {
    const b = bases(r);
    const at = (re: RegExp) => b.findIndex((p) => re.test(p));
    const qd65 = at(/65-QĐ\/TW/);
    for (const own of [/-QĐ\/TU/, /-KH\/TU/, /-TB\/TU/, /\/QĐ-UBND/, /Quy chế làm việc/]) if (at(own) >= 0) expect(at(own)).toBeGreaterThan(qd65);
    if (at(/Điều lệ Đảng;/) >= 0) expect(at(/Điều lệ Đảng;/)).toBe(0);
    for (const law of [/Luật /, /Nghị định số/]) if (at(law) >= 0) expect(at(law)).toBeLessThan(qd65);
    expect(b[b.length - 1]).toMatch(/^(- )?(Xét|Theo) đề nghị/);
  });
  it("writes no `, tỉnh`, no post and unit naming one body twice, no `danh sách` said twice", () => {
    expect(r.pdf).not.toMatch(/, tỉnh /);
    expect(r.pdf).not.toMatch(/(Đảng ủy|Ủy ban nhân dân) (xã|phường), \1 \2/);
    const art1 = r.paragraphs.find((p) => p.startsWith("Điều 1."))!;
    expect(art1.match(/danh sách/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
  it("never leaves one word alone on the last line of the appendix reference line", () => {
    expect(r.pdfLines.filter((l) => /^\S+\)$/.test(l))).toEqual([]);
  });
  it("lists `Như Điều 3` once and no `Như Điều 1` beside it", () => {
    expect(r.paragraphs.filter((p) => /^- Như Điều 3[,;]$/.test(p))).toHaveLength(1);
    expect(r.paragraphs.some((p) => /Như Điều 1/.test(p))).toBe(false);
  });
});

describe("Article 1 of one person", () => {
  it("names the destination commune in the post and no stray comma before the province", () => {
    const art1 = files.get("inputs/party/luan-chuyen-mot-nguoi.json")!.paragraphs.find((p) => p.startsWith("Điều 1."))!;
    expect(art1).toContain("Phó Giám đốc Sở Nội vụ tỉnh Thanh Hóa, đến nhận công tác tại Đảng bộ xã Tân Phong, giữ chức Bí thư Đảng ủy xã Tân Phong. Thời gian");
  });
  it("adds the committee appointment and the term where the input gives them", async () => {
    const rec = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json") as { people: Array<Record<string, unknown>> };
    rec.people[0] = { ...rec.people[0], appointedTo: "Ban Chấp hành, Ban Thường vụ", destinationTerm: "2025 - 2030" };
    const art1 = (await render(rec)).paragraphs.find((p) => p.startsWith("Điều 1."))!;
    expect(art1).toContain("đến nhận công tác tại Đảng bộ xã Tân Phong, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã Tân Phong, nhiệm kỳ 2025–2030.");
  });
});

describe("appendix", () => {
  it("party: merged cells, the reference line in the bases' date style, its last line never one word", () => {
    const r = files.get("inputs/party/luan-chuyen-ba-nguoi.yaml")!;
    expect(r.paragraphs).toContain("Bí thư Đảng ủy xã Hải Bình, nhiệm kỳ 2025–2030; chỉ định tham gia Ban Chấp hành, Ban Thường vụ");
    expect(r.paragraphs).toContain("Phó Chánh Văn phòng Tỉnh ủy");
    expect(r.pdf).not.toContain("16/03/2026");
    const ref = r.paragraphs.find((p) => p.startsWith("(Kèm theo"))!;
    expect(ref.replace(/\u00a0/g, " ")).toBe("(Kèm theo Quyết định số 07-QĐ/TU, ngày 16/3/2026 của Ban Thường vụ Tỉnh ủy)");
    expect(r.pdfLines.some((l) => /^\S+\)$/.test(l))).toBe(false);
  });
  it("a reference line that would end with `ủy)` alone carries `Tỉnh ủy)` to its last line together", async () => {
    const rec = loadRecord("inputs/party/luan-chuyen-ba-nguoi.yaml") as Record<string, unknown> & { people: Array<Record<string, unknown>> };
    // Without the binding this number and date leave `ủy)` alone (checked when the binding was added).
    rec.number = 107;
    rec.date = "2026-12-16";
    rec.people = rec.people.map((p) => ({ ...p, startDate: "2027-01-15" }));
    const r = await render(rec);
    const i = r.pdfLines.findIndex((l) => l.startsWith("(Kèm theo"));
    // The layout also balances centred notes, so the break may fall earlier; what matters: `Tỉnh ủy)` stays together.
    const [first, last] = r.pdfLines.slice(i, i + 2);
    expect(`${first} ${last}`).toBe("(Kèm theo Quyết định số 107-QĐ/TU, ngày 16/12/2026 của Ban Thường vụ Tỉnh ủy)");
    expect(last).toMatch(/Tỉnh ủy\)$/);
  });
  it("nd30: the `Phụ lục` line (14 pt bold, as written) above the name, the reference line as `ngày … tháng … năm …`", () => {
    const r = files.get("inputs/nd30/dieu-dong-bon-nguoi.yaml")!;
    const i = r.paragraphs.indexOf("Phụ lục");
    expect(r.paragraphs.slice(i, i + 3).map((p) => p.replace(/\u00a0/g, " "))).toEqual([
      "Phụ lục",
      "DANH SÁCH CÔNG CHỨC ĐIỀU ĐỘNG, LUÂN CHUYỂN",
      "(Kèm theo Quyết định số 38/QĐ-UBND ngày 29 tháng 6 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa)",
    ]);
    const heading = r.model.blocks.find((b) => b.type === "heading")!;
    expect(heading).toMatchObject({ keepCase: true, runs: [{ text: "Phụ lục" }] });
    expect(r.xml).toMatch(/<w:b\/>(?:(?!<\/w:p>).)*<w:sz w:val="28"\/>(?:(?!<\/w:p>).)*<w:t[^>]*>Phụ lục<\/w:t>/s);
  });
  it("the appendix's start dates in the date style of the document's bases (`1/4/2026`, nd30 `01/8/2026`)", () => {
    const party = files.get("inputs/party/luan-chuyen-ba-nguoi.yaml")!;
    expect(party.pdf).toMatch(/\b1\/4\/2026\b/);
    expect(party.pdf).toMatch(/\b15\/4\/2026\b/);
    expect(party.pdf).not.toMatch(/\b\d{1,2}\/0\d\/20\d\d\b|\b0\d\/\d{1,2}\/20\d\d\b/);
    const nd30 = files.get("inputs/nd30/dieu-dong-bon-nguoi.yaml")!;
    expect(nd30.pdf).toMatch(/\b15\/7\/2026\b/);
    expect(nd30.pdf).toMatch(/\b01\/8\/2026\b/);
    expect(nd30.pdf).not.toMatch(/\/0[3-9]\/20\d\d\b/);
  });
  it("stress: every reference line in the date style of its profile", () => {
    const ref = (f: string) => files.get(f)!.paragraphs.find((p) => p.startsWith("(Kèm theo"))!;
    expect(ref(STRESS[0]!)).toMatch(/, ngày 2\/7\/2026 của/);
    expect(ref(STRESS[1]!)).toMatch(/ ngày \d{2} tháng \d{1,2} năm \d{4} của/);
  });
});
