// The service's storage: Kysely over SQLite or PostgreSQL, one set of migrations, and the file store.
export { openStore, migrate, StoreError } from "./open-store.js";
export type { Store, StoreOptions } from "./open-store.js";
export { exclusively, writeTransaction } from "./transaction.js";
export type { Tx } from "./transaction.js";
export { folderFileStore, databaseFileStore, sha256Hex } from "./files.js";
export type { FileStore, StoredFile } from "./files.js";
export { GENESIS_HASH } from "./migrations.js";
export type { Dialect } from "./migrations.js";
export type {
  Database, UnitTable, UserTable, UserRoleTable, ApiTokenTable, SessionTable, LoginAttemptTable, RegisterTable,
  RegisterCounterTable, RegisterEntryTable, DocumentTable, DocumentFileTable, DocumentHistoryTable, CommentTable,
  IdempotencyKeyTable, BatchTable, BatchItemTable, BatchFileTable, AuditLogTable, FileBlobTable, SigningKeyTable,
} from "./types.js";
export { openQueue, enqueueRecords, jobsInHand, RENDER_QUEUE, DEAD_QUEUE, CHUNK_RECORDS, DEFAULT_QUEUE_SETTINGS } from "./batch-queue.js";
export type { Queue, QueueOptions, QueueSettings, RenderJob } from "./batch-queue.js";
export { submitBatch, commitRecords, markDraft, pendingRecords, cancelBatch } from "./batch-jobs.js";
export type { QueuedBatch, QueuedBatchSettings, RecordOutcome } from "./batch-jobs.js";
// Test-only crash points of the service's processes (serve, worker), which may both import this index but not core,
// and the check of a leftover's process (a worker's scratch folder).
export { crashPoint, processAlive } from "../core/index.js";
export type { CrashPoint } from "../core/index.js";
