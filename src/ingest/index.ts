// Ingest stage: input files (JSON, YAML) to raw records with file-level and text issues.
export { ingestFile, DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS } from "./ingest-file.js";
export type { IngestedFile, IngestedRecord, IngestOptions } from "./types.js";
