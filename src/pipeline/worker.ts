// Piscina worker entry: templates, fonts and profiles load once per thread; each record's start is marked for the budget watch.
import { workerData } from "piscina";
import { renderTask, type TaskOptions } from "./render-task.js";
import type { ChunkMessage, TaskMessage } from "./worker-protocol.js";

const options = workerData as TaskOptions;

/** A chunk of records, one after the other; each answered as soon as it is done, so a record past its budget costs the others nothing. */
export default async function run(message: ChunkMessage): Promise<void> {
  const mark = new Float64Array(message.progress);
  for (const { id, task } of message.tasks) {
    // The start first, then the id: a start older than the id it is read with never passes for it.
    mark[1] = Date.now();
    mark[0] = id;
    let reply: TaskMessage;
    try {
      reply = { id, ok: true, value: await renderTask(task, options) };
    } catch (error) {
      reply = { id, ok: false, error };
    }
    mark[0] = -1;
    message.port.postMessage(reply);
  }
  message.port.close();
}
