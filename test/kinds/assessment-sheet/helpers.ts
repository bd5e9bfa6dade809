// Assessment-sheet test helpers: records built from the samples, rendered through the public API and
// read back as PDF text lines and DOCX paragraph texts.
import JSZip from "jszip";
import { formatIssue, renderDocument, type DocModel, type Issue } from "../../../src/index.js";
import { extractPdfText, type PdfText } from "../../helpers/pdf-text.js";
import { FIXED_NOW, loadRecord } from "../../helpers/samples.js";

export const SAMPLE = {
  mau02Leader: "inputs/assessment-sheet/mau-02-cong-chuc-lanh-dao-2025.yaml",
  mau03: "inputs/assessment-sheet/mau-03-vien-chuc-2025.yaml",
  mau01: "inputs/assessment-sheet/mau-01-can-bo-2024.yaml",
  nd335: "inputs/assessment-sheet/nd335-cong-chuc-2026.yaml",
  blank: "inputs/assessment-sheet/mau-trong-cong-chuc-lanh-dao-2025.yaml",
} as const;

export type Rec = Record<string, unknown>;

/** A fresh copy of a sample with some top-level fields replaced. */
export const sample = (key: keyof typeof SAMPLE, over: Rec = {}): Rec => ({ ...loadRecord(SAMPLE[key]), ...over });

/** A 2026 công chức sheet scoring 30 on the general criteria and `total − 30` on one task of 70. */
export function scored(total: number, over: Rec = {}): Rec {
  return sample("nd335", {
    selfRanking: null,
    points: {
      general: { politicsEthics: 10, responsibility: 10, innovation: 10 },
      tasks: [{ content: "Nhiệm vụ chuyên môn được giao", max: 70, given: Math.round((total - 30) * 100) / 100 }],
    },
    ...over,
  });
}

export interface Rendered {
  model: DocModel;
  version: string;
  issues: Issue[];
  /** PDF text: one entry per printed line (items on one baseline joined by a space). */
  pdfLines: string[];
  /** The whole PDF text in one string, whitespace collapsed. */
  pdf: string;
  /** word/document.xml and the text of each of its paragraphs. */
  xml: string;
  paragraphs: string[];
}

export function linesOf(t: PdfText): string[] {
  const out: string[] = [];
  for (const page of t.pages) {
    const rows = new Map<string, string[]>();
    for (const it of page.items) {
      const key = it.y.toFixed(1);
      rows.set(key, [...(rows.get(key) ?? []), it.str]);
    }
    for (const [, parts] of [...rows].sort((a, b) => Number(a[0]) - Number(b[0]))) out.push(parts.join(" ").replace(/\s+/g, " ").trim());
  }
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => decode([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
}

export async function render(record: unknown): Promise<Rendered> {
  const r = await renderDocument(record, { formats: ["docx", "pdf"], now: FIXED_NOW, internals: true });
  if (!r.ok) throw new Error(`render failed: ${r.issues.map((i) => formatIssue(i)).join("\n")}`);
  const lines = linesOf(await extractPdfText(r.value.files.pdf!));
  const xml = await (await JSZip.loadAsync(r.value.files.docx!)).file("word/document.xml")!.async("string");
  return { model: r.value.model, version: r.value.version, issues: r.issues, pdfLines: lines, pdf: lines.join(" "), xml, paragraphs: docxParagraphs(xml) };
}

/** Model only (no files): for checks on the chosen version, issues and boxes. */
export async function build(record: unknown) {
  return renderDocument(record, { formats: [], now: FIXED_NOW, internals: true });
}

/** The ticked option of each choice list in the model, in order (undefined when none is ticked). */
export function ticked(model: DocModel): Array<string | undefined> {
  return model.blocks.flatMap((b) => (b.type === "choices" ? [b.options.find((o) => o.checked)?.text] : []));
}

export const messages = (issues: readonly Issue[]) => issues.map((i) => formatIssue(i));
