// `cadre-docs worker`: takes render jobs from the PostgreSQL queue until stopped; the library entry the benchmarks call too.
import { rm } from "node:fs/promises";
import { chooseWorkers, machineFacts, type FontSet, type RecordBudget } from "../index.js";
import { DEAD_QUEUE, openQueue, openStore, RENDER_QUEUE, type RenderJob, type Store } from "../store/index.js";
import { RenderPools } from "./pools.js";
import { workerScratch } from "./scratch.js";
import { runDeadJob, runRenderJob, type JobContext } from "./render-job.js";

export interface WorkerOptions {
  /** `postgres://…`: the database the `serve` processes use. */
  databaseUrl: string;
  /** The data folder whose `files/` is the file store (shared storage when workers run on several machines). */
  dataDir?: string;
  /** Where file bytes live: as `serve` keeps them (`folder`, the default, or `database`). */
  files?: "folder" | "database";
  /** Render threads (default: what `render --workers auto` chooses for a long batch on this machine now); each holds two jobs. */
  threads?: number;
  budget?: Partial<RecordBudget>;
  fonts?: FontSet;
  /** How long an idle worker waits before asking the queue again, in ms (default 500). */
  pollMs?: number;
  /** How often this process looks for lost jobs (default 30 s; every worker and server looks). */
  maintenanceSeconds?: number;
  onError?: (err: unknown) => void;
}

export interface WorkerStats {
  jobs: number;
  done: number;
  failed: number;
}

export interface RunningWorker {
  readonly threads: number;
  stats(): WorkerStats;
  /** Takes no further job, finishes the jobs in hand, then closes the pool and connections. */
  stop(): Promise<void>;
}

/** A worker runs for as long as there are jobs: its threads are chosen as for a batch of this many records. */
const LONG_BATCH = 100_000;

/** Jobs a worker holds at once per render thread. */
export const JOBS_PER_THREAD = 2;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const threads = o.threads ?? chooseWorkers(LONG_BATCH, machineFacts());
  const store: Store = await openStore({ databaseUrl: o.databaseUrl, dataDir: o.dataDir, files: o.files, poolSize: threads + 2 });
  const queue = await openQueue(o.databaseUrl, { maintenanceSeconds: o.maintenanceSeconds, onError: o.onError }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  // Rendered files are written next to the store, so that keeping one is a rename, not a copy.
  const scratch = await workerScratch(store.files.incoming);
  const pools = new RenderPools(threads, { outDir: scratch, fonts: o.fonts, budget: o.budget });
  const ctx: JobContext = { store, queue, pools };
  const stats: WorkerStats = { jobs: 0, done: 0, failed: 0 };
  let stopping = false;

  /** One job from the render queue, else one from the dead letters; false when both are empty. */
  const takeOne = async (): Promise<boolean> => {
    for (const [name, run] of [[RENDER_QUEUE, runRenderJob], [DEAD_QUEUE, runDeadJob]] as const) {
      const [job] = await queue.boss.fetch<RenderJob>(name, { batchSize: 1 });
      if (!job) continue;
      const r = await run(ctx, { id: job.id, name, data: job.data });
      stats.jobs++;
      stats.done += r.done;
      stats.failed += r.failed;
      return true;
    }
    return false;
  };
  const loop = async (): Promise<void> => {
    while (!stopping) {
      try {
        if (!(await takeOne())) await pause(o.pollMs ?? 500);
      } catch (err) {
        // A lost connection or a job that could not be committed: the job expires and is tried again.
        o.onError?.(err);
        await pause(1000);
      }
    }
  };
  // Two jobs in hand per render thread: one renders while the other's files are kept and committed and the next is
  // fetched, so the threads never wait on the database (one loop per thread measured 62 % of the CLI's rate).
  const loops = Array.from({ length: JOBS_PER_THREAD * threads }, loop);
  return {
    threads,
    stats: () => ({ ...stats }),
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
      await pools.close();
      await queue.close();
      await store.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
