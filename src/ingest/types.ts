// Shapes shared by the ingest steps and returned to the pipeline.
import type { Issue } from "../core/index.js";
import type { CellIndex } from "./locate.js";

export interface IngestOptions {
  /** Largest accepted file in bytes (default 20 MiB), checked before reading. */
  maxBytes?: number;
  /** Most records accepted from one file (default 10 000). */
  maxRecords?: number;
  /** Spreadsheets: most rows read from one sheet (default 20 000). */
  maxRows?: number;
  /** Workbooks: read exactly these sheets, hidden ones included; by default every visible sheet. */
  sheets?: readonly string[];
}

export interface IngestedRecord {
  /** 1-based position of the record in the file. */
  index: number;
  /** Plain data: NFC strings, no prototype keys; still unvalidated. */
  data: unknown;
  /** Spreadsheets: where each field came from, to place later (validation) issues at their cell. */
  cells?: CellIndex;
}

/**
 * Records and every issue found while reading one file. Every record is listed, also one that is not
 * an object or failed to parse (data null): the caller finds its issues by source.record === index
 * and must not render a record whose ingest issues include an error.
 */
export interface IngestedFile {
  file: string;
  records: IngestedRecord[];
  issues: Issue[];
}

export type Parsed = { ok: true; documents: unknown[]; issues: Issue[] } | { ok: false; issues: Issue[] };
