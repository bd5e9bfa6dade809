// Piscina worker entry: templates, fonts and profiles load once per thread; each task writes its files and returns their names.
import { workerData } from "piscina";
import { renderTask, type RenderTask, type TaskOptions, type TaskResult } from "./render-task.js";

const options = workerData as TaskOptions;

export default function run(task: RenderTask): Promise<TaskResult> {
  return renderTask(task, options);
}
