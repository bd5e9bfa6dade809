// Whether a workbook file holds a clerk's data: `form` overwrites only a missing file or an untouched generated form.
import { isDeepStrictEqual } from "node:util";
import type { Io } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import { ingestFile, KIND_STAMP, newWorkbook } from "../ingest/index.js";
import { placeholderRecord, sampleRecord } from "./example.js";

export type WorkbookState = "missing" | "untouched" | "data";

/** The kind a form of this program was made for (its stamp), or undefined for any other workbook. */
async function stampedKind(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const wb = newWorkbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return (wb.keywords ?? "").split(/[\s,;]+/).find((k) => k.startsWith(KIND_STAMP))?.slice(KIND_STAMP.length);
  } catch {
    return undefined;
  }
}

/** The example row a new form of the kind holds, as validation reads it. */
function parsed(kind: NonNullable<ReturnType<typeof findKind>>, record: unknown): unknown {
  const r = kind.schema.safeParse(record);
  return r.success ? r.data : record;
}

/**
 * `data` when the file holds any row besides the example, or an edited example, or is no form of this program
 * (nothing can tell its data apart); `untouched` for a generated form as made, or with its example row deleted.
 */
export async function workbookState(path: string, io: Io): Promise<WorkbookState> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (err) {
    if ((err as { code?: string }).code === "ENOENT") return "missing";
    throw err;
  }
  const id = await stampedKind(bytes);
  const kind = id ? findKind(id) : undefined;
  if (!kind) return "data";
  const read = await ingestFile(path, { ...io, readFile: async () => bytes, fileSize: async () => bytes.length });
  if (read.records.length === 0) return "untouched";
  if (read.records.length > 1) return "data";
  const example = (await sampleRecord(kind.meta.id)) ?? placeholderRecord(kind);
  return isDeepStrictEqual(parsed(kind, read.records[0]!.data), parsed(kind, example)) ? "untouched" : "data";
}
