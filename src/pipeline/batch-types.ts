// Shapes of a batch's result, shared by the batch runner and its reports.
import type { Issue, IssueSource } from "../core/index.js";
import type { MergedFile } from "./merge.js";

export interface DocumentReport {
  source: IssueSource;
  /** For a bundle's child: what it is (e.g. `Phiếu đánh giá của …`). */
  item?: string;
  kind: string;
  version: string;
  profile: string;
  pages: number;
  outputs: string[];
  issues: Issue[];
  /** Found complete in the manifest by --resume: not rendered again. */
  resumed?: true;
}

export interface BatchReport {
  /** Every document, in input order; past `documentsLimit` only counted (the manifest lists them all). */
  documents: DocumentReport[];
  /** Records (or whole files) that produced nothing, with why. */
  failures: Array<{ source: IssueSource; item?: string; issues: Issue[] }>;
  /** Warnings about a whole file (e.g. an empty file) that did not stop anything. */
  notices: Issue[];
  counts: { files: number; records: number; documents: number; failed: number; warnings: number; skipped: number };
  /** Stopped before the end (Ctrl-C, SIGTERM): what was taken was finished; `--resume` does the rest. */
  interrupted?: true;
  /** Time, rate and failures by code, once the batch has finished (also in report.json). */
  summary?: BatchSummary;
  /** `--merge`: the merged PDFs for printing, one per unit or input file. */
  merged?: MergedFile[];
}

export interface FailureGroup {
  code: string;
  /** The cause in clerk's words (`Ngày không hợp lệ`), for the printed summary. */
  cause: string;
  /** Failed records (or files) with at least one error of this code. */
  records: number;
  /** The first such error, in clerk's words. */
  example: string;
}

export interface BatchSummary {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  documentsPerSecond: number;
  /** Render threads of this process; `queue` when `cadre-docs worker` processes rendered the batch (`render --db`). */
  workers: number | "queue";
  resumed: boolean;
  /** `validate`: checked only, nothing written. */
  dryRun: boolean;
  /** Stopped by Ctrl-C or SIGTERM before every record was taken. */
  interrupted: boolean;
  counts: BatchReport["counts"];
  failuresByCode: FailureGroup[];
}
