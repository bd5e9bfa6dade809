// Render workers on PostgreSQL: pg-boss jobs of batch records, rendered on the pipeline's pool into the file store.
export { startWorker } from "./run-worker.js";
export type { RunningWorker, WorkerOptions, WorkerStats } from "./run-worker.js";
export { submitFile } from "./submit.js";
export type { SubmitFile } from "./submit.js";
export { batchOutputs, writeBatchOutputs, writeManifest } from "./outputs.js";
export type { BatchOutput } from "./outputs.js";
