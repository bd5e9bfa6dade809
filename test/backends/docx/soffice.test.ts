// Opens a rendered DOCX in LibreOffice (soffice --convert-to pdf): the file must load and lay out as a PDF.
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/backends/docx/index.js";
import { decisionDoc } from "./fixtures.js";

const run = promisify(execFile);

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const soffice = onPath("soffice");
const required = process.env.CADRE_REQUIRE_TOOLS === "1";
if (!soffice && !required) console.warn("[docx] soffice not on PATH: skipping the LibreOffice conversion test");

/** MediaBox width × height of each page object, rounded to points. */
function pageBoxes(pdf: string): string[] {
  const boxes = [...pdf.matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return boxes.map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

describe("LibreOffice", () => {
  it.runIf(!soffice && required)("is required (CADRE_REQUIRE_TOOLS=1) but soffice is not on PATH", () => {
    expect.fail("soffice not found on PATH and CADRE_REQUIRE_TOOLS=1");
  });

  it.skipIf(!soffice)("converts the DOCX to a PDF with portrait pages and a landscape annex", { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "cadre-docx-"));
    const profile = await mkdtemp(join(tmpdir(), "lo-"));
    try {
      const docx = join(dir, "decision.docx");
      await writeFile(docx, await renderDocx(decisionDoc()));
      const env = `-env:UserInstallation=file://${profile}`;
      await run(soffice ?? "soffice", ["--headless", env, "--convert-to", "pdf", "--outdir", dir, docx], { timeout: 170_000 });
      const pdf = (await readFile(join(dir, "decision.pdf"))).toString("latin1");
      expect(pdf.startsWith("%PDF-")).toBe(true);
      const boxes = pageBoxes(pdf);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      expect(boxes[0]).toBe("595x842");
      expect(boxes.at(-1)).toBe("842x595");
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    }
  });
});
