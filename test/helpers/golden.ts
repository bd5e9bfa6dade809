// Golden files: compare with the committed text, or rewrite it when UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { expect } from "vitest";
import type { PdfText } from "./pdf-text.js";

export const GOLDEN_DIR = fileURLToPath(new URL("../golden/", import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) throw new Error(`golden file missing in CI: ${name} (run UPDATE_GOLDEN=1 npm test and commit)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual, `golden ${name} differs (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, "utf8"));
}

const xmlOpts = { preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false, parseAttributeValue: false } as const;

/** One element per line, indented, so a golden diff points at the paragraph that changed. */
export function prettyXml(xml: string): string {
  const tree = new XMLParser(xmlOpts).parse(xml) as unknown;
  return `${new XMLBuilder({ ...xmlOpts, format: true, indentBy: "  ", suppressEmptyNode: true }).build(tree) as string}\n`;
}

/** PDF text as `page baseline x size font | text` lines, rounded to 0.1 pt. */
export function pdfTextLines(t: PdfText): string {
  const out: string[] = [];
  t.pages.forEach((p, i) => {
    out.push(`# page ${i + 1} ${p.width.toFixed(2)}x${p.height.toFixed(2)}`);
    for (const it of p.items) {
      out.push(`${i + 1} ${it.y.toFixed(1)} ${it.x.toFixed(1)} ${it.size.toFixed(1)} ${it.fontName.replace(/^[A-Z]{6}\+/, "")} | ${it.str}`);
    }
  });
  return `${out.join("\n")}\n`;
}
