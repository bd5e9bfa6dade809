// Turns a batch report into Vietnamese text for a clerk, or JSON with messages for machines.
import type { BatchReport, Issue } from "../index.js";
import { formatIssue } from "../messages/index.js";

export const withMessages = (issues: Issue[]) => issues.map((i) => ({ ...i, message: formatIssue(i) }));

export function reportJson(r: BatchReport): unknown {
  return {
    ok: r.failures.length === 0,
    counts: r.counts,
    documents: r.documents.map((d) => ({ ...d, issues: withMessages(d.issues) })),
    failures: r.failures.map((f) => ({ ...f, issues: withMessages(f.issues) })),
    notices: withMessages(r.notices),
    ...(r.merged ? { merged: r.merged } : {}),
  };
}

/** `done` names what happened to a good record (đã tạo / hợp lệ), `failed` what did not. */
export function reportText(r: BatchReport, done: string, failed: string): string {
  const out: string[] = [];
  for (const d of r.documents) {
    out.push(`✓ ${d.outputs.join(", ") || `${d.source.file} (bản ghi ${d.source.record})`}${d.item ? ` (${d.item})` : ""}${d.pages ? ` — ${d.pages} trang` : ""}`);
    for (const i of d.issues) out.push(`  ${formatIssue(i)}`);
  }
  const unlisted = r.counts.documents - r.documents.length;
  if (unlisted > 0) out.push(`… và ${unlisted} văn bản khác (danh sách đầy đủ trong manifest.jsonl của thư mục kết quả).`);
  for (const f of r.failures) {
    // A failure of the whole batch (the output folder) names no file.
    const where = f.source.file ? `${f.source.file}${f.source.record ? ` (bản ghi ${f.source.record})` : ""}${f.item ? ` — ${f.item}` : ""}` : "Cả lô";
    out.push(`✗ ${where}: ${failed}.`);
    for (const i of f.issues) out.push(`  ${formatIssue(i)}`);
  }
  for (const i of r.notices) out.push(formatIssue(i));
  const c = r.counts;
  out.push(`Tổng cộng: ${c.files} tệp, ${c.records} bản ghi; ${c.documents} văn bản ${done}; ${c.failed} lỗi; ${c.warnings} cảnh báo.`);
  return out.join("\n");
}
