// A file as a queued batch: read here (the server or the CLI), its records sent as jobs in the batch's own transaction.
import { randomUUID } from "node:crypto";
import { hasErrors, nodeIo, readRecords, type Issue, type OutputFormat } from "../index.js";
import { DEFAULT_QUEUE_SETTINGS, submitBatch, type Queue, type QueuedBatchSettings, type QueueSettings, type Store, type Tx } from "../store/index.js";
import { queuedItems } from "./queued-items.js";

export interface SubmitFile {
  /** The file to read, and the name its issues and error workbook give it (default: the path as given). */
  path: string;
  input?: string;
  id?: string;
  unitId: string | null;
  createdBy: string;
  mode?: string;
  formats: OutputFormat[];
  /** The batch's clock: every record, on every worker, is rendered at this reading. */
  now: Date;
  queue?: Partial<QueueSettings>;
  /** How the workers render (name pattern, strict, PDF/A, profile overrides); default: as `render` does without options. */
  render?: Omit<QueuedBatchSettings, "now" | "formats">;
  /** Runs last in the batch's transaction (the server keeps the upload's Idempotency-Key answer there). */
  commitWith?: (tx: Tx) => Promise<void>;
}

/** Issues of the file by record (0: the file as a whole). */
function byRecord(issues: Issue[]): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  for (const i of issues) {
    const seq = i.source?.record ?? 0;
    out.set(seq, [...(out.get(seq) ?? []), i]);
  }
  return out;
}

/** Submits the file's records; a record refused while reading, or a file that cannot be read, is a failed item with its issues. */
export async function submitFile(store: Store, queue: Queue, o: SubmitFile): Promise<{ id: string; records: number; refused: number }> {
  const read = await readRecords(o.path, nodeIo());
  const input = o.input ?? o.path;
  const issues = byRecord(read.issues.map((i) => ({ ...i, source: { ...i.source, file: input } })));
  const { records, refused } = queuedItems(read, input, o.mode ?? "final", issues);
  const whole = issues.get(0) ?? [];
  if (hasErrors(whole)) refused.push({ seq: 0, issues: whole });
  const id = o.id ?? randomUUID();
  await submitBatch(store, queue, {
    id, unitId: o.unitId, createdBy: o.createdBy, mode: o.mode ?? "final", input,
    settings: { ...o.render, now: o.now.toISOString(), formats: [...o.formats] }, records, refused,
  }, { ...DEFAULT_QUEUE_SETTINGS, ...o.queue }, o.commitWith);
  return { id, records: records.length + refused.length, refused: refused.length };
}
