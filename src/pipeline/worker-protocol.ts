// What the main thread and a render worker say to each other, and where the worker's code is.
import type { MessagePort } from "node:worker_threads";
import type { RenderTask, TaskResult } from "./render-task.js";

/** Main → worker: a chunk of records, rendered one after the other, each answered on `port` as soon as it is done. */
export interface ChunkMessage {
  tasks: Array<{ id: number; task: RenderTask }>;
  /** Where the worker marks the record it renders and its start: the main thread ends the thread past the budget. */
  progress: SharedArrayBuffer;
  port: MessagePort;
}

/** Worker → main, one per record: its result, or the error it threw (an internal error, not a data problem). */
export type TaskMessage = { id: number; ok: true; value: TaskResult } | { id: number; ok: false; error: unknown };

/** Options of the parent that a worker started from a file may not get: the code given with -e/-p and its --input-type. */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (["-e", "--eval", "-p", "--print", "--input-type"].includes(a)) i++;
    else if (!/^(--eval|--print|--input-type)=/.test(a)) out.push(a);
  }
  return out;
}

/**
 * The worker entry next to the calling module: `<name>.ts` when running from source under tsx (the thread
 * inherits tsx's loader through execArgv, added here if the parent was not started with it), `<name>.js` in dist/.
 */
export function workerEntry(from: string, name = "worker"): { filename: string; execArgv: string[] } {
  const fromSource = from.endsWith(".ts");
  const filename = new URL(fromSource ? `./${name}.ts` : `./${name}.js`, from).href;
  const execArgv = workerExecArgv(process.execArgv);
  const hasTsx = execArgv.some((a) => a.includes("tsx"));
  return { filename, execArgv: fromSource && !hasTsx ? [...execArgv, "--import", "tsx"] : execArgv };
}
