// Namesakes get numbered names in input order; a record entered twice is still refused; ids and --name patterns name files.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, nodeIo, renderFiles, type BatchOptions } from "../../src/index.js";
import { FIXED_NOW, loadRecord } from "../helpers/samples.js";
import { manifestLines, rotation, tmp, writeJsonl } from "./helpers.js";

const io = nodeIo(FIXED_NOW);
const base = (): Record<string, unknown> & { person: Record<string, unknown>; unit: Record<string, unknown> } =>
  loadRecord("inputs/assessment-sheet/mau-03-vien-chuc-2025.yaml") as never;
const sheet = (edit: (r: ReturnType<typeof base>) => void) => {
  const r = base();
  edit(r);
  return r;
};
const HUONG_A = sheet((r) => (r.person.fullName = "Nguyễn Thị Hương"));
const HUONG_B = sheet((r) => Object.assign(r, { person: { ...r.person, fullName: "Nguyễn Thị Hương", position: "Kế toán" } }));
const BLANK = sheet((r) => (r.person = {}));
/** Another blank form (another unit's): not the same record as BLANK, only the same name. */
const BLANK_2 = sheet((r) => Object.assign(r, { person: {}, unit: { ...r.unit, name: "Trường Trung học cơ sở Ninh Hải" } }));
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(docx|pdf)$/.test(f)).sort();
const run = (input: string, outDir: string, more: Partial<BatchOptions> = {}) =>
  renderFiles([input], { outDir, io, formats: ["pdf"], now: FIXED_NOW, workers: 1, ...more });

describe("namesakes", () => {
  it("numbers namesakes and blank forms by input order, refuses an identical record, warns about blank forms", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "ca-nam.jsonl", [HUONG_A, HUONG_B, HUONG_A, BLANK, BLANK_2]);
    const r = await run(input, join(dir, "out"));
    expect(files(join(dir, "out"))).toEqual([
      "phieu-danh-gia-2025-nguyen-thi-huong-2.pdf",
      "phieu-danh-gia-2025-nguyen-thi-huong.pdf",
      "phieu-danh-gia-2025-vien-chuc-mau-trong-2.pdf",
      "phieu-danh-gia-2025-vien-chuc-mau-trong.pdf",
    ]);
    expect(r.documents.map((d) => [d.source.record, d.outputs[0]!.split("/").pop()])).toEqual([
      [1, "phieu-danh-gia-2025-nguyen-thi-huong.pdf"],
      [2, "phieu-danh-gia-2025-nguyen-thi-huong-2.pdf"],
      [4, "phieu-danh-gia-2025-vien-chuc-mau-trong.pdf"],
      [5, "phieu-danh-gia-2025-vien-chuc-mau-trong-2.pdf"],
    ]);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.issues.map((i) => formatIssue(i))).toEqual([
      `Lỗi: Tệp ${input}, bản ghi 3: bản ghi này giống hệt bản ghi 1 của tệp ${input} (văn bản "phieu-danh-gia-2025-nguyen-thi-huong") nên không được tạo lần nữa. Hãy xóa một trong hai bản ghi.`,
    ]);
    const blank = r.documents.find((d) => d.source.record === 4)!;
    expect(blank.issues.map((i) => formatIssue(i))).toEqual([
      `Cảnh báo: Tệp ${input}, bản ghi 4, trường "Họ và tên": bản ghi chưa có họ và tên nên văn bản được tạo là mẫu trống để điền tay. Nếu cần văn bản của một người cụ thể, hãy điền họ và tên rồi tạo lại.`,
    ]);
  });

  it("refuses two decisions with one number, symbol and date, with advice about the number", async () => {
    const dir = tmp();
    const other = rotation(0);
    (other.people as Array<Record<string, unknown>>)[0]!.fullName = "Trần Văn Khác";
    const input = writeJsonl(dir, "qd.jsonl", [rotation(0), other]);
    const r = await run(input, join(dir, "out"));
    expect(r.counts).toMatchObject({ documents: 1, failed: 1 });
    expect(r.failures[0]!.issues.map((i) => formatIssue(i))[0]).toContain("Hai bản ghi có cùng số, ký hiệu và ngày văn bản: hãy kiểm tra số và ngày văn bản");
  });

  it("says nothing about a number to a kind that has none", async () => {
    const dir = tmp();
    const a = sheet((r) => Object.assign(r, { id: "CB-07", person: { ...r.person, fullName: "Nguyễn Thị Hương" } }));
    const b = sheet((r) => Object.assign(r, { id: "CB-07", person: { ...r.person, fullName: "Nguyễn Thị Hương", position: "Kế toán" } }));
    const input = writeJsonl(dir, "ma.jsonl", [a, b]);
    const r = await run(input, join(dir, "out"));
    const text = r.failures[0]!.issues.map((i) => formatIssue(i)).join("\n");
    expect(text).toBe(
      `Lỗi: Tệp ${input}, bản ghi 2, trường "Mã cán bộ": mã "CB-07" đã dùng cho bản ghi 1 của tệp ${input} (văn bản "phieu-danh-gia-2025-nguyen-thi-huong-cb-07") nên văn bản này không được tạo. Mỗi bản ghi cần một mã riêng: hãy kiểm tra lại mã, hoặc xóa bản ghi nhập trùng.`,
    );
    expect(text).not.toContain("số và ngày");
  });
});

describe("record ids and name patterns", () => {
  const withId = (id: string, unit: string) => sheet((r) => Object.assign(r, { id, unit: { ...r.unit, name: unit }, person: { ...r.person, fullName: "Nguyễn Thị Hương" } }));

  it("adds the id to the default name, and fills a --name pattern per folder, slugged", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "id.jsonl", [withId("CB 0012", "Trường A"), withId("CB 0013", "Trường B")]);
    await run(input, join(dir, "plain"));
    expect(files(join(dir, "plain"))).toEqual(["phieu-danh-gia-2025-nguyen-thi-huong-cb-0012.pdf", "phieu-danh-gia-2025-nguyen-thi-huong-cb-0013.pdf"]);
    await run(input, join(dir, "pattern"), { name: "{unit}/../{year}/{id}-{name}" });
    expect(files(join(dir, "pattern"))).toEqual(["truong-a/2025/cb-0012-nguyen-thi-huong.pdf", "truong-b/2025/cb-0013-nguyen-thi-huong.pdf"]);
  });

  it("refuses a pattern with an unknown placeholder before writing anything", async () => {
    const dir = tmp();
    const input = writeJsonl(dir, "id.jsonl", [withId("1", "A")]);
    await expect(run(input, join(dir, "out"), { name: "{ten}" })).rejects.toThrow(/pattern/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("--resume with namesakes", () => {
  it("keeps every numbered name exact when a killed batch is resumed", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const records = [HUONG_A, HUONG_B, BLANK, sheet((r) => (r.person.fullName = "Nguyễn Thị Hương Giang")), BLANK_2, sheet((r) => Object.assign(r, { person: { fullName: "Nguyễn Thị Hương", position: "Thủ quỹ" } }))];
    const input = writeJsonl(dir, "ca-nam.jsonl", records);
    await run(input, out, { manifest: true });
    const first = manifestLines(out);
    const before = new Map(files(out).map((f) => [f, readFileSync(join(out, f))]));
    expect([...before.keys()]).toContain("phieu-danh-gia-2025-nguyen-thi-huong-3.pdf");
    // A kill after the third document: the manifest lists three, the later files are gone or half-written.
    writeFileSync(join(out, "manifest.jsonl"), first.slice(0, 3).map((e) => JSON.stringify(e)).join("\n") + "\n");
    rmSync(join(out, "phieu-danh-gia-2025-nguyen-thi-huong-3.pdf"));
    writeFileSync(join(out, "phieu-danh-gia-2025-vien-chuc-mau-trong-2.pdf"), "cut short");
    const r = await run(input, out, { resume: true });
    expect(r.counts).toMatchObject({ documents: 6, skipped: 3, failed: 0 });
    expect(new Map(files(out).map((f) => [f, readFileSync(join(out, f))]))).toEqual(before);
    expect(manifestLines(out).map((e) => [e.record, e.path, e.sha256])).toEqual(first.map((e) => [e.record, e.path, e.sha256]));
  });
});

describe("a year-end bundle with staff ids", () => {
  it("gives each person's id to the documents that have none, so their files carry it", async () => {
    const dir = tmp();
    const bundle = loadRecord("inputs/year-end/so-noi-vu-2025.yaml") as { people: Array<Record<string, unknown>>; summary?: unknown };
    delete bundle.summary;
    bundle.people = [{ ...bundle.people[0]!, id: "CB-01" }];
    const input = writeJsonl(dir, "ho-so.jsonl", [bundle]);
    const r = await run(input, join(dir, "out"));
    expect(r.failures).toEqual([]);
    const names = files(join(dir, "out"));
    expect(names.length).toBeGreaterThan(1);
    for (const f of names) expect(f).toMatch(/^so-noi-vu-2025\/.*-cb-01\.pdf$/);
  });
});
