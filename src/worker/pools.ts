// A worker's render pools, one per batch setting (formats, name pattern, PDF/A, overrides): batches alike share one; idle ones beyond a few are closed.
import { createExecutor, DEFAULT_BUDGET, type Executor, type FontSet, type RecordBudget, type TaskOptions } from "../index.js";
import type { QueuedBatchSettings } from "../store/index.js";

export interface PoolHandle {
  executor: Executor;
  options: TaskOptions;
  /** The job is done with the pool (an idle pool may then be closed). */
  release(): void;
}

/** Idle pools kept warm: each holds `threads` worker threads (~80 MB each), so a worker serving many settings stays small. */
const IDLE_POOLS = 2;

type Pool = { executor: Executor; options: TaskOptions; users: number; used: number };

export class RenderPools {
  private readonly pools = new Map<string, Pool>();
  private clock = 0;
  private readonly closing: Array<Promise<void>> = [];

  constructor(private readonly threads: number, private readonly base: { outDir: string; fonts?: FontSet; budget?: Partial<RecordBudget> }) {}

  acquire(settings: QueuedBatchSettings): PoolHandle {
    const render = { formats: [...settings.formats].sort(), name: settings.name, pdfa: settings.pdfa, overrides: settings.overrides };
    const key = JSON.stringify(render);
    let pool = this.pools.get(key);
    if (!pool) {
      const options: TaskOptions = {
        formats: render.formats, outDir: this.base.outDir, ...(this.base.fonts ? { fonts: this.base.fonts } : {}), ...(render.name ? { name: render.name } : {}),
        ...(render.pdfa ? { pdfa: true } : {}), ...(render.overrides ? { overrides: render.overrides as TaskOptions["overrides"] } : {}),
      };
      pool = { executor: createExecutor(this.threads, options, { ...DEFAULT_BUDGET, ...this.base.budget }), options, users: 0, used: 0 };
      this.pools.set(key, pool);
    }
    const p = pool;
    p.users++;
    p.used = ++this.clock;
    let released = false;
    return {
      executor: p.executor,
      options: p.options,
      release: () => {
        if (released) return;
        released = true;
        p.users--;
        this.trim();
      },
    };
  }

  /** How many pools are open (the tests watch it). */
  get size(): number {
    return this.pools.size;
  }

  /** Closes the least recently used idle pools beyond IDLE_POOLS. */
  private trim(): void {
    for (;;) {
      const idle = [...this.pools.entries()].filter(([, p]) => p.users === 0);
      if (this.pools.size <= IDLE_POOLS || !idle.length) return;
      const [key, oldest] = idle.reduce((a, b) => (b[1].used < a[1].used ? b : a));
      this.pools.delete(key);
      this.closing.push(oldest.executor.close());
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.closing, ...[...this.pools.values()].map((p) => p.executor.close())]);
    this.pools.clear();
  }
}
