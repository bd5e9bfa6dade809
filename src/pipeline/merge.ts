// --merge: one PDF per unit (or per input file) for printing, made from the written single PDFs after the batch.
// Why pdf-lib over our own backend: the documents are laid out and written in worker threads, which keep only
// names and hashes; merging the written files leaves that streaming design alone, and copying a page keeps
// its content stream byte for byte, so every page prints exactly as its single file. The cost: each document
// keeps its own font subset, so a merged file weighs about the sum of its parts.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { PDFDocument } from "pdf-lib";
import { resolveInside, slugify, type Io } from "../core/index.js";

export type MergeBy = "unit" | "file";
export const MERGE_BY: readonly MergeBy[] = ["unit", "file"];

/** Sub-folder of the output folder holding the merged files (`ban-in-gop/so-noi-vu.pdf`). */
export const MERGE_FOLDER = "ban-in-gop";

export interface MergedFile {
  /** The unit's name or the input file, as the group is known. */
  group: string;
  path: string;
  documents: number;
  pages: number;
}

/** The written PDFs of a batch by group, in input order. */
export class MergePlan {
  private readonly groups = new Map<string, string[]>();
  constructor(readonly by: MergeBy) {}

  add(input: { file: string; unit?: string }, pdfPath: string): void {
    const group = this.by === "file" || !input.unit ? basename(input.file, extname(input.file)) : input.unit;
    const list = this.groups.get(group) ?? [];
    list.push(pdfPath);
    this.groups.set(group, list);
  }

  get size(): number {
    return this.groups.size;
  }

  entries(): Array<[string, string[]]> {
    return [...this.groups];
  }
}

async function mergeOne(group: string, paths: readonly string[], now: Date): Promise<{ bytes: Uint8Array; pages: number }> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const path of paths) {
    const src = await PDFDocument.load(await readFile(path), { updateMetadata: false });
    for (const page of await merged.copyPages(src, src.getPageIndices())) merged.addPage(page);
  }
  // Fixed metadata from the batch's clock: the same batch gives the same bytes.
  merged.setTitle(`Bản in gộp: ${group}`);
  merged.setCreator("cadre-docs");
  merged.setProducer("cadre-docs");
  merged.setCreationDate(now);
  merged.setModificationDate(now);
  return { bytes: await merged.save(), pages: merged.getPageCount() };
}

/** Writes one merged PDF per group into MERGE_FOLDER; two groups with one slug get `-2`, `-3`… in order. */
export async function writeMerged(outDir: string, plan: MergePlan, io: Io, now: Date): Promise<MergedFile[]> {
  const out: MergedFile[] = [];
  const used = new Set<string>();
  for (const [group, paths] of plan.entries()) {
    let stem = slugify(group, 80);
    for (let n = 2; used.has(stem); n++) stem = `${slugify(group, 80)}-${n}`;
    used.add(stem);
    const path = resolveInside(outDir, `${MERGE_FOLDER}/${stem}.pdf`);
    const { bytes, pages } = await mergeOne(group, paths, now);
    await io.writeFileAtomic(path, bytes);
    out.push({ group, path, documents: paths.length, pages });
  }
  return out;
}
