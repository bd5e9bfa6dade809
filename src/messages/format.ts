// Clerk-facing text for issues and runs: severity, location, then the message from the table.
import type { Issue } from "../core/index.js";
import { findKind, type KindDefinition } from "../kinds/index.js";
import { inClerkWords } from "./choice-words.js";
import type { MessageContext } from "./context.js";
import { describeLocation, labelAt } from "./location.js";
import { MESSAGES } from "./table.js";
import { capitalize } from "./words.js";

const PREFIX = { error: "Lỗi:", warning: "Cảnh báo:" } as const;

/** The kind's labels, the message and the place of an issue. */
function explain(issue: Issue, kindGiven?: KindDefinition): { message: string; where: string } {
  // The pipeline tags issues with their kind id once it is known; labels come from that kind.
  const kind = kindGiven ?? (issue.source?.kind !== undefined ? findKind(issue.source.kind) : undefined);
  const ctx: MessageContext = {
    kind,
    path: issue.path,
    sibling: (key) => labelAt(kind, [...issue.path.slice(0, -1), key]),
  };
  // Issues may arrive as JSON (batch reports, a server); an unknown code gets the generic message.
  const params = inClerkWords(issue, kind);
  const message = Object.hasOwn(MESSAGES, issue.code) ? MESSAGES[issue.code](params, ctx) : MESSAGES.invalid_value({}, ctx);
  return { message, where: describeLocation(issue, kind) };
}

/** One Vietnamese line: `Lỗi: Tệp a.json, bản ghi 1, trường "Ngày sinh" (…): ngày "…" không tồn tại. Hãy …` */
export function formatIssue(issue: Issue, kindGiven?: KindDefinition): string {
  const { message, where } = explain(issue, kindGiven);
  return `${PREFIX[issue.severity] ?? PREFIX.error} ${capitalize(where ? `${where}: ${message}` : message)}`;
}

/** The same without the place (`Lỗi: Ngày "…" không tồn tại. Hãy …`), for a note on the very cell. */
export function issueMessage(issue: Issue, kindGiven?: KindDefinition): string {
  return `${PREFIX[issue.severity] ?? PREFIX.error} ${capitalize(explain(issue, kindGiven).message)}`;
}

/** Errors first, then warnings, each group in the order found. */
export function formatIssues(issues: readonly Issue[], kind?: KindDefinition): string[] {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity !== "error");
  return [...errors, ...warnings].map((i) => formatIssue(i, kind));
}

export interface RunCounts {
  /** Documents written. */
  documents: number;
  /** Records (or whole files) that produced no document because of errors. */
  failedRecords: number;
  warnings: number;
}

const count = (n: number, noun: string): string => (n === 0 ? `không có ${noun}` : `${n} ${noun}`);

/** `Đã tạo 3 văn bản, 1 bản ghi lỗi, 2 cảnh báo.` */
export function summaryLine(counts: RunCounts): string {
  const made = counts.documents === 0 ? "Chưa tạo được văn bản nào" : `Đã tạo ${counts.documents} văn bản`;
  return `${made}, ${count(counts.failedRecords, "bản ghi lỗi")}, ${count(counts.warnings, "cảnh báo")}.`;
}
