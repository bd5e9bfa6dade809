// The pipeline wires the stages: ingest → validate → template → model → layout → backends → files.
export { renderRecord, buildModel, metricsFor } from "./render-record.js";
export type { RenderOptions, RenderedDocument, OutputFormat } from "./render-record.js";
export { renderFiles, expandInputs } from "./render-files.js";
export type { BatchOptions, BatchReport, DocumentReport } from "./render-files.js";
export { selectVersion } from "./select.js";
export { loadConfig } from "./config.js";
export type { LoadedConfig } from "./config.js";
