// The render queue on PostgreSQL (pg-boss): jobs of ~50 records, tried N times, then a dead letter; enqueued in the batch's own transaction.
import { CompiledQuery, sql, type Kysely } from "kysely";
import PgBoss from "pg-boss";
import type { Issue } from "../core/index.js";
import type { Tx } from "./transaction.js";
import type { Database } from "./types.js";

export const RENDER_QUEUE = "cadre-render";
/** Jobs that failed every try: a worker marks their records failed with their issue (never retried again). */
export const DEAD_QUEUE = "cadre-render-dead";

/** Records per job: small enough that a lost job costs little, big enough that the queue is not the work. */
export const CHUNK_RECORDS = 50;

export interface QueueSettings {
  /** Tries of a job (a worker's crash, a lost lease, an internal error) before its records are reported failed. */
  tries: number;
  /** A job active longer than this is taken to be lost (its worker died) and is tried again by another worker. */
  expireSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { tries: 3, expireSeconds: 600 };

/** A job: records of one batch by their 1-based number in the input. */
export interface RenderJob {
  batch: string;
  /**
   * `seq`: the item's number in the batch (a record's number in the input, or past them for a bundle's documents);
   * a bundle's document also has `record` (its input record), `folder` (where its files go) and `item` (its label);
   * `cells`: a spreadsheet record's cells (ingest's CellIndex); `issues`: warnings found while reading it.
   */
  records: Array<{ seq: number; data: unknown; cells?: unknown; issues?: Issue[]; record?: number; folder?: string; item?: string }>;
  /** The job's tries (its dead letter reports them). */
  tries?: number;
}

export interface QueueOptions {
  /** The pg-boss schema (default `pgboss`): tests give each database its own anyway. */
  schema?: string;
  /** How often lost jobs (past their expiry) are looked for, in seconds (default 30). */
  maintenanceSeconds?: number;
  /** Connections of pg-boss's own pool (default 4). */
  poolSize?: number;
  onError?: (err: unknown) => void;
}

export interface Queue {
  boss: PgBoss;
  close(): Promise<void>;
}

/** pg-boss over the statements of a Kysely transaction: the job lands or vanishes with the rows written beside it. */
export const inTransaction = (tx: Tx): PgBoss.Db => ({
  executeSql: async (text, values) => {
    const r = await tx.executeQuery(CompiledQuery.raw(text, values ?? []));
    return { rows: r.rows as unknown[] };
  },
});

/** The two queues; processes starting together may deadlock in pg-boss's create_queue, so a refused try is repeated. */
async function createQueues(boss: PgBoss): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (!(await boss.getQueue(DEAD_QUEUE))) await boss.createQueue(DEAD_QUEUE);
      if (!(await boss.getQueue(RENDER_QUEUE))) await boss.createQueue(RENDER_QUEUE, { name: RENDER_QUEUE, deadLetter: DEAD_QUEUE });
      return;
    } catch (err) {
      if (attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * (attempt + 1)));
    }
  }
}

/** Starts pg-boss (creating its schema on first use) and the two queues; every process may do so at once. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: options.schema ?? "pgboss",
    max: options.poolSize ?? 4,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    // Cron schedules are not used: no clock monitor.
    schedule: false,
  });
  // Without a listener an 'error' event (a lost connection during maintenance) would end the process.
  boss.on("error", options.onError ?? (() => undefined));
  await boss.start();
  await createQueues(boss);
  return { boss, close: () => boss.stop({ graceful: false, wait: true, close: true }) };
}

/** The batch's records as jobs of CHUNK_RECORDS, inserted through `tx`. */
export async function enqueueRecords(queue: Queue, tx: Tx, batch: string, records: RenderJob["records"], settings: QueueSettings): Promise<number> {
  const jobs: PgBoss.JobInsert<RenderJob>[] = [];
  for (let i = 0; i < records.length; i += CHUNK_RECORDS) {
    jobs.push({
      name: RENDER_QUEUE,
      data: { batch, records: records.slice(i, i + CHUNK_RECORDS), tries: settings.tries },
      retryLimit: Math.max(0, settings.tries - 1),
      expireInSeconds: settings.expireSeconds,
      deadLetter: DEAD_QUEUE,
    });
  }
  for (let i = 0; i < jobs.length; i += 100) await queue.boss.insert(jobs.slice(i, i + 100), { db: inTransaction(tx) });
  return jobs.length;
}

/** Jobs of these batches that a worker holds now (pg-boss state `active`): none while records wait means no worker is taking them. */
export async function jobsInHand(db: Kysely<Database>, batches: readonly string[], schema = "pgboss"): Promise<number> {
  if (!batches.length) return 0;
  const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(`${schema}.job`)} where name in (${RENDER_QUEUE}, ${DEAD_QUEUE}) and state = 'active' and data->>'batch' in (${sql.join([...batches])})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}
