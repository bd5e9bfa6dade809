// The batch's final summary: failures grouped by issue code, time and rate; report.json and bao-cao.txt.
import { join } from "node:path";
import type { Io, Issue } from "../core/index.js";
import { causeName, formatIssue, summaryLine } from "../messages/index.js";
import { MANIFEST_FILE } from "./manifest.js";
import { groupDigits, rateText, spokenDuration } from "./progress.js";
import type { BatchReport, BatchSummary, FailureGroup } from "./batch-types.js";

export const REPORT_FILE = "report.json";
export const REPORT_TEXT_FILE = "bao-cao.txt";

export function groupFailures(report: BatchReport): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const f of report.failures) {
    const errors = f.issues.filter((i) => i.severity === "error");
    // A record refused under --strict has only warnings: those are its reasons.
    const reasons = errors.length ? errors : f.issues;
    for (const code of new Set(reasons.map((i) => i.code))) {
      const g = groups.get(code);
      if (g) g.records++;
      else groups.set(code, { code, cause: causeName(code), records: 1, example: formatIssue(reasons.find((i) => i.code === code)!) });
    }
  }
  return [...groups.values()].sort((a, b) => b.records - a.records || a.code.localeCompare(b.code));
}

export function summarize(report: BatchReport, run: { startedAt: Date; seconds: number; workers: BatchSummary["workers"]; resumed: boolean; dryRun: boolean }): BatchSummary {
  const made = report.counts.documents - report.counts.skipped;
  return {
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date(run.startedAt.getTime() + run.seconds * 1000).toISOString(),
    seconds: Math.round(run.seconds * 1000) / 1000,
    documentsPerSecond: run.seconds > 0 ? Math.round((made / run.seconds) * 10) / 10 : 0,
    workers: run.workers,
    resumed: run.resumed,
    dryRun: run.dryRun,
    interrupted: !!report.interrupted,
    counts: report.counts,
    failuresByCode: groupFailures(report),
  };
}

const withMessages = (issues: Issue[]) => issues.map((i) => ({ ...i, message: formatIssue(i) }));

/** Lines for the terminal and for bao-cao.txt: counts (new and kept apart), inputs, time, failures by cause. */
export function summaryText(s: BatchSummary): string[] {
  const c = s.counts;
  const lines: string[] = [];
  if (s.interrupted) {
    lines.push(
      s.dryRun
        ? "Đã dừng giữa chừng theo yêu cầu: các bản ghi còn lại chưa được kiểm tra. Chạy lại lệnh để kiểm tra hết."
        : "Đã dừng giữa chừng theo yêu cầu: các văn bản đã tạo được giữ nguyên, không còn tệp tạm. Chạy lại đúng lệnh này, thêm --resume, để làm tiếp phần còn lại.",
    );
  }
  lines.push(
    summaryLine({ documents: c.documents, kept: c.skipped, failedRecords: c.failed, warnings: c.warnings, checkOnly: s.dryRun }),
    `Đầu vào: ${groupDigits(c.files)} tệp, ${groupDigits(c.records)} bản ghi${s.interrupted ? " đã xử lý" : ""}.`,
  );
  // The rate counts what this run did: documents kept from a previous run cost nothing and are left out.
  const rate = `${rateText(s.documentsPerSecond)} văn bản ${s.dryRun ? "kiểm tra" : "mới"}/giây`;
  const threads = s.workers === "queue" ? "tạo trên các máy worker" : `${s.workers} luồng xử lý`;
  lines.push(`Thời gian: ${spokenDuration(s.seconds)} (${s.seconds.toFixed(1).replace(".", ",")} giây); tốc độ ${rate}; ${threads}.`);
  if (s.failuresByCode.length) {
    lines.push("Lỗi theo loại:");
    for (const g of s.failuresByCode) lines.push(`  - ${g.cause}: ${groupDigits(g.records)} bản ghi. Ví dụ: ${g.example}`);
  }
  return lines;
}

/** Writes report.json (machine-readable, every failure with its messages) and bao-cao.txt (for the clerk). */
export async function writeReports(outDir: string, io: Io, report: BatchReport, summary: BatchSummary): Promise<void> {
  const json = {
    ok: report.failures.length === 0,
    ...summary,
    manifest: MANIFEST_FILE,
    failures: report.failures.map((f) => ({ ...f, issues: withMessages(f.issues) })),
    notices: withMessages(report.notices),
  };
  await io.writeFileAtomic(join(outDir, REPORT_FILE), `${JSON.stringify(json, null, 2)}\n`);
  const text = ["BÁO CÁO KẾT XUẤT VĂN BẢN", `Bắt đầu lúc ${summary.startedAt}.`, ...summaryText(summary)];
  if (report.failures.length) {
    text.push("", "Các bản ghi không tạo được văn bản:");
    for (const f of report.failures) {
      text.push(`✗ ${f.source.file ?? ""}${f.source.record ? ` (bản ghi ${f.source.record})` : ""}${f.item ? ` — ${f.item}` : ""}`);
      for (const i of f.issues) text.push(`  ${formatIssue(i)}`);
    }
  }
  text.push("", `Danh sách văn bản đã tạo, kèm mã SHA-256 của từng tệp: ${MANIFEST_FILE}.`);
  await io.writeFileAtomic(join(outDir, REPORT_TEXT_FILE), `${text.join("\n")}\n`);
}
