// The pipeline wires the stages: ingest → validate → template → model → layout → backends → files.
export { renderRecord, buildModel, metricsFor } from "./render-record.js";
export type { RenderOptions, RenderedDocument, OutputFormat } from "./render-record.js";
export { renderFiles, expandInputs } from "./render-files.js";
export type { BatchOptions } from "./render-files.js";
export type { BatchReport, BatchSummary, DocumentReport, FailureGroup } from "./batch-types.js";
export { progressSink } from "./progress.js";
export type { ProgressSink, ProgressState } from "./progress.js";
export { summaryText, summarize as summarizeBatch, writeReports as writeBatchReports, REPORT_FILE, REPORT_TEXT_FILE } from "./batch-report.js";
export { MANIFEST_FILE } from "./manifest.js";
export type { ManifestEntry } from "./manifest.js";
export { defaultWorkers } from "./pool.js";
export type { RecordBudget } from "./pool.js";
export { tuneHeapForBatch, heapFlag, HEAP_GROWING_PERCENT } from "./heap.js";
export { selectVersion } from "./select.js";
export { MERGE_BY, MERGE_FOLDER } from "./merge.js";
export type { MergeBy, MergedFile } from "./merge.js";
export { checkNamePattern, outputStem, NAME_PLACEHOLDERS } from "./naming.js";
export type { NamePlaceholder } from "./naming.js";
export { loadConfig } from "./config.js";
export type { LoadedConfig } from "./config.js";
// Render workers outside a batch of files (the PostgreSQL queue's `cadre-docs worker`): the same pool, task and budget.
export { createExecutor, DEFAULT_BUDGET } from "./pool.js";
export type { Executor } from "./pool.js";
export type { RenderTask, TaskOptions, TaskResult, RenderedFile } from "./render-task.js";
export { renderFingerprint, recordHash } from "./resume.js";
export { entryLine as manifestLine } from "./manifest.js";
