// Piscina worker entry: templates, fonts and profiles load once per thread; each task writes its files and returns their names.
import { workerData } from "piscina";
import type { ChunkResult } from "./pool.js";
import { renderTask, type RenderTask, type TaskOptions } from "./render-task.js";

const options = workerData as TaskOptions;

/** A chunk of tasks, rendered one after the other; one task's files are written while the next renders. */
export default async function run(message: { chunk: RenderTask[] }): Promise<ChunkResult[]> {
  const settled = await Promise.allSettled(message.chunk.map((task) => renderTask(task, options)));
  return settled.map((s) => (s.status === "fulfilled" ? { ok: true, value: s.value } : { ok: false, error: s.reason as unknown }));
}
