// The pipeline wires the stages: ingest → validate → template → model → layout → backends → files.
export { renderRecord, buildModel, metricsFor } from "./render-record.js";
export type { RenderOptions, RenderedDocument, OutputFormat } from "./render-record.js";
export { renderFiles, expandInputs } from "./render-files.js";
export type { BatchOptions } from "./render-files.js";
export type { BatchReport, BatchSummary, DocumentReport, FailureGroup } from "./batch-types.js";
export { progressSink } from "./progress.js";
export type { ProgressSink, ProgressState } from "./progress.js";
export { summaryText, REPORT_FILE, REPORT_TEXT_FILE } from "./batch-report.js";
export { MANIFEST_FILE } from "./manifest.js";
export type { ManifestEntry } from "./manifest.js";
export { defaultWorkers } from "./pool.js";
export type { RecordBudget } from "./pool.js";
export { tuneHeapForBatch, heapFlag, HEAP_GROWING_PERCENT } from "./heap.js";
export { selectVersion } from "./select.js";
export { loadConfig } from "./config.js";
export type { LoadedConfig } from "./config.js";
