// `--errors-xlsx FILE` of render and validate: every problem of the run in a workbook for the clerk.
import { errorWorkbook, type BatchReport, type Io, type Issue } from "../index.js";
import { print, printErr } from "./args.js";

/** The issues of a run and the input files they came from. */
export function runIssues(report: BatchReport): { files: string[]; issues: Issue[] } {
  const issues = [...report.failures.flatMap((f) => f.issues), ...report.documents.flatMap((d) => d.issues), ...report.notices];
  const files = [...report.documents, ...report.failures].map((d) => d.source.file).filter((f): f is string => !!f);
  return { files: [...new Set(files)], issues };
}

export async function writeErrorWorkbook(path: string | undefined, report: BatchReport, io: Io, json: boolean): Promise<void> {
  if (!path) return;
  const { files, issues } = runIssues(report);
  await io.writeFileAtomic(path, await errorWorkbook(files, issues, io));
  const line = `Đã ghi ${issues.length === 0 ? "tệp kiểm tra (không có lỗi)" : `${issues.length} lỗi và cảnh báo`} vào ${path}.`;
  // With --json, stdout carries only the JSON report.
  if (json) printErr(line);
  else print(line);
}
