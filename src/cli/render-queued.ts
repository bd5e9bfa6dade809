// `cadre-docs render … --db postgres://…`: each input file becomes a queued batch; the progress line follows the workers; the files land in --out.
import { expandInputs, summarizeBatch, writeBatchReports, type BatchReport, type Io, type Issue, type OutputFormat, type ProgressSink } from "../index.js";
import { cancelBatch, jobsInHand, openQueue, openStore, type QueuedBatchSettings, type Store } from "../store/index.js";
import { submitFile, writeBatchOutputs, writeManifest, type BatchOutput } from "../worker/index.js";
import { printErr } from "./args.js";

export interface QueuedRun {
  databaseUrl: string;
  dataDir?: string;
  outDir: string;
  formats: OutputFormat[];
  /** What every worker applies to the batch (--name, --strict, --pdfa, the configuration's overrides). */
  render?: Omit<QueuedBatchSettings, "now" | "formats">;
  io: Io;
  tries?: number;
  queue?: { expireSeconds?: number; tries?: number };
  /** How often this process looks for lost jobs (CADRE_QUEUE_CHECK_SECONDS). */
  checkSeconds?: number;
  /** Seconds with no record finished and no job in a worker's hands before saying that no worker takes the batch (default 30). */
  noticeSeconds?: number;
  leaveInStore: boolean;
  progress?: ProgressSink;
  signal: AbortSignal;
}

type Totals = { records: number; done: number; failed: number; running: number };

async function totals(store: Store, ids: string[]): Promise<Totals> {
  const rows = await store.db.selectFrom("batches").select(["records", "done", "failed", "state"]).where("id", "in", ids).execute();
  return rows.reduce((t, r) => ({ records: t.records + Number(r.records), done: t.done + Number(r.done), failed: t.failed + Number(r.failed), running: t.running + (r.state === "running" ? 1 : 0) }), { records: 0, done: 0, failed: 0, running: 0 });
}

/** Waits until no batch runs; a stop request (Ctrl-C) cancels them, and what was done is kept. Says so when no worker takes them. */
async function follow(store: Store, ids: string[], o: QueuedRun, startedAt: number): Promise<Totals> {
  const stalled = stallWatch(store, ids, (o.noticeSeconds ?? 30) * 1000);
  for (;;) {
    if (o.signal.aborted) for (const id of ids) await cancelBatch(store, id);
    const t = await totals(store, ids);
    o.progress?.update({ records: t.done + t.failed, total: t.records, documents: t.done, failed: t.failed, startedAt });
    await stalled(t.done + t.failed);
    if (!t.running) return t;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A notice, once per stall, when no record has finished for `ms` and no worker holds a job of these batches. */
function stallWatch(store: Store, ids: string[], ms: number): (finished: number) => Promise<void> {
  let last = -1;
  let since = Date.now();
  let told = false;
  return async (finished) => {
    if (finished !== last) {
      if (told && last >= 0) printErr("Đã có máy worker nhận việc, lô đang tiếp tục.");
      [last, since, told] = [finished, Date.now(), false];
      return;
    }
    if (told || Date.now() - since < ms || (await jobsInHand(store.db, ids)) > 0) return;
    told = true;
    printErr(
      `Không có máy worker nào đang làm lô này: ${Math.round((Date.now() - since) / 1000)} giây chưa có bản ghi nào xong. ` +
        "Hãy chạy cadre-docs worker --db … --data … (cùng cơ sở dữ liệu và thư mục dữ liệu) trên ít nhất một máy; lô vẫn chờ trong hàng đợi, Ctrl-C để hủy lô.",
    );
  };
}

/** The report as `render` prints it: failures with their issues, documents up to the listing limit. */
async function report(store: Store, ids: string[], files: number, outputs: BatchOutput[]): Promise<BatchReport> {
  // Every item once: its issues for the failures and warnings, its input record for the count.
  const all = await store.db.selectFrom("batch_items").innerJoin("batches", "batches.id", "batch_items.batch_id")
    .select(["batch_items.batch_id", "batch_items.seq", "batch_items.record", "batch_items.item", "batch_items.state", "batch_items.issues", "batches.input"]).where("batch_id", "in", ids).orderBy("batches.input").orderBy("batch_items.seq").execute();
  const items = all.filter((i) => (i.state === "failed" || i.state === "done") && i.issues !== null);
  // A bundle's document is an item of its own: named by its input record and its label.
  const failures = items.filter((i) => i.state === "failed").map((i) => ({
    source: { file: i.input ?? "", ...(i.seq ? { record: Number(i.record ?? i.seq) } : {}) }, ...(i.item ? { item: i.item } : {}), issues: JSON.parse(i.issues!) as Issue[],
  }));
  const warnings = items.filter((i) => i.state === "done").reduce((n, i) => n + (JSON.parse(i.issues!) as Issue[]).length, 0);
  const bySeq = new Map<string, BatchReport["documents"][number]>();
  for (const o of outputs.slice(0, 2000)) {
    const key = `${o.entry.input}\u0000${o.seq}`;
    const d = bySeq.get(key) ?? { source: { file: o.entry.input, record: o.entry.record }, ...(o.entry.item ? { item: o.entry.item } : {}), kind: o.entry.kind, version: o.entry.version, profile: o.entry.profile, pages: o.entry.pages, outputs: [], issues: [] };
    d.outputs.push(o.path);
    bySeq.set(key, d);
  }
  const t = await totals(store, ids);
  // Input records, as render counts them: a bundle's documents are one record.
  const records = new Set(all.filter((i) => Number(i.seq) > 0).map((i) => `${i.batch_id}:${Number(i.record ?? i.seq)}`)).size;
  return { documents: [...bySeq.values()].slice(0, 1000), failures, notices: [], counts: { files, records, documents: t.done, failed: failures.length, warnings, skipped: 0 } };
}

export async function renderQueued(patterns: string[], o: QueuedRun): Promise<BatchReport> {
  const startedAt = new Date();
  const { files, issues } = await expandInputs(patterns, o.outDir);
  const store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  const queue = await openQueue(o.databaseUrl, { maintenanceSeconds: o.checkSeconds }).catch(async (err: unknown) => (await store.close(), Promise.reject(err)));
  try {
    const ids: string[] = [];
    for (const file of files) ids.push((await submitFile(store, queue, { path: file, unitId: null, createdBy: "cli:render", formats: o.formats, render: o.render, now: o.io.now(), queue: { ...o.queue, ...(o.tries ? { tries: o.tries } : {}) } })).id);
    printErr(`Đã gửi ${ids.length} lô vào hàng đợi (mã: ${ids.join(", ")}); các máy cadre-docs worker đang tạo văn bản.`);
    await follow(store, ids, o, startedAt.getTime());
    o.progress?.finish();
    const outputs: BatchOutput[] = [];
    if (!o.leaveInStore) for (const id of ids) outputs.push(...(await writeBatchOutputs(store, id, o.outDir)));
    if (!o.leaveInStore && outputs.length) await writeManifest(o.outDir, outputs);
    const r = await report(store, ids, files.length, outputs);
    r.failures.unshift(...issues.map((i) => ({ source: { file: i.source?.file ?? "" }, issues: [i] })));
    r.counts.failed = r.failures.length;
    if (o.signal.aborted) r.interrupted = true;
    const seconds = (Date.now() - startedAt.getTime()) / 1000;
    r.summary = summarizeBatch(r, { startedAt, seconds, workers: "queue", resumed: false, dryRun: false });
    if (!o.leaveInStore && outputs.length) await writeBatchReports(o.outDir, o.io, r, r.summary);
    return r;
  } finally {
    await queue.close();
    await store.close();
  }
}
