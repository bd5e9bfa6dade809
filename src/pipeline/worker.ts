// Piscina worker entry: templates, fonts and profiles load once per thread; each task returns its bytes by transfer.
import { Piscina, workerData } from "piscina";
import { renderTask, type RenderTask, type TaskOptions, type TaskResult } from "./render-task.js";

const options = workerData as TaskOptions;

export default async function run(task: RenderTask): Promise<unknown> {
  const result: TaskResult = await renderTask(task, options);
  if (!result.ok) return result;
  // Move the output buffers to the main thread instead of copying them.
  const buffers = result.files.map((f) => f.bytes.buffer as ArrayBuffer);
  return Piscina.move({ [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: result } as never);
}
