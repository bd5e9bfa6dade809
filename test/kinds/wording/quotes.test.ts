// One quote style: the fixed texts of every template use curly quotes “ ”, never straight ones.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../assessment-sheet/helpers.js";
import { loadRecord, ROOT } from "../../helpers/samples.js";

/** A template's printed text: comments, Handlebars expressions and tag attributes removed. */
const fixedText = (src: string): string =>
  src.replace(/\{\{!--[\s\S]*?--\}\}/g, "").replace(/\{\{[\s\S]*?\}\}/g, "").replace(/<[^>]*>/g, " ");

describe("quote style", () => {
  const dir = join(ROOT, "templates");
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".hbs"));
  it.each(files)("%s has no straight quote in its fixed text", (f) => {
    expect(fixedText(readFileSync(join(dir, f), "utf8"))).not.toMatch(/["']/);
  });
  it("the commitment's fixed III. CAM KẾT text prints curly quotes like the NĐ 335 sheet", async () => {
    const r = await render(loadRecord("inputs/commitment-registration/cam-ket-dang-vien-2026.yaml"));
    expect(r.pdf).toContain("“tự diễn biến”, “tự chuyển hóa”");
    expect(r.pdf).not.toContain('"');
  });
});

describe("blank dates", () => {
  it("use one dotted style in a Party form: the header's and the signatures' gaps alike", async () => {
    const r = await render(loadRecord("inputs/self-review/mau-2a-trong.yaml"));
    const gaps = r.paragraphs.filter((p) => /ngày \.+ tháng/i.test(p));
    expect(gaps.length).toBeGreaterThan(2);
    for (const g of gaps) expect(g, g).toMatch(/[Nn]gày \.{6} tháng \.{6} năm 20\.{6}$/);
  });
});
