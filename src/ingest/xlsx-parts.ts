// Unpacks the parts of an .xlsx that reading needs, counting real inflated bytes; sheets are scanned as they inflate.
import { issue, type Issue } from "../core/index.js";
import { SheetScanner, type SheetScan } from "./sheet-scan.js";
import { inflateEntry, listEntries, type ZipEntry } from "./unzip.js";

export interface XlsxLimits {
  /** Largest row number read in one sheet; a sheet with more is refused, read no further than that. */
  maxRows: number;
  /** Rightmost column holding a value; a wider sheet is refused. */
  maxColumns: number;
  /** Most bytes the parts read may unpack to, counted as they inflate (declared sizes may lie). */
  maxUnpacked: number;
  /** Most bytes the shared-strings part may unpack to. */
  maxSharedStrings: number;
}

export interface Unpacked {
  /** Inflated parts by name; a sheet past a limit is not kept. */
  files: Map<string, Buffer>;
  scans: Map<string, SheetScan>;
}

const SHARED = "xl/sharedStrings.xml";
const PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", SHARED, "docProps/core.xml"]);
const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

type Over = { total: number } | { shared: number } | undefined;

async function unpackEntry(bytes: Uint8Array, e: ZipEntry, limits: XlsxLimits, counted: { total: number }, out: Unpacked): Promise<Over | "corrupt"> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over: Over;
  const scanner = isSheet(e.name) ? new SheetScanner(limits) : undefined;
  const end = await inflateEntry(bytes, e, (chunk) => {
    counted.total += chunk.length;
    size += chunk.length;
    if (counted.total > limits.maxUnpacked) over = { total: counted.total };
    else if (e.name === SHARED && size > limits.maxSharedStrings) over = { shared: size };
    if (over) return "stop";
    chunks.push(chunk);
    return !scanner || scanner.push(chunk.toString("latin1")) ? "more" : "stop";
  });
  if (over) return over;
  if (end === "corrupt") return "corrupt";
  if (scanner) out.scans.set(e.name, scanner.result);
  if (end === "done") out.files.set(e.name, Buffer.concat(chunks, size));
  return undefined;
}

/** The needed parts, or the issue that refuses the file: damaged, or unpacking past a limit. */
export async function unpackXlsx(bytes: Uint8Array, limits: XlsxLimits): Promise<Unpacked | Issue> {
  const entries = listEntries(bytes);
  if (!entries) return issue("file_unreadable", [], { reason: "corrupt" });
  const out: Unpacked = { files: new Map(), scans: new Map() };
  const counted = { total: 0 };
  for (const e of entries) {
    if (!PARTS.has(e.name) && !isSheet(e.name)) continue;
    const got = await unpackEntry(bytes, e, limits, counted, out);
    if (got === "corrupt") return issue("file_unreadable", [], { reason: "corrupt" });
    if (got && "total" in got) return issue("file_too_large", [], { zip: true, unpacked: got.total, max: limits.maxUnpacked, more: true });
    if (got) return issue("file_too_large", [], { zip: true, part: "sharedStrings", unpacked: got.shared, max: limits.maxSharedStrings, more: true });
  }
  return out;
}
