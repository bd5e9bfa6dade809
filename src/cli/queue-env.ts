// The render queue's settings from the environment, read alike by serve, worker and render --db.
import type { QueueSettings } from "../store/index.js";
import { UsageError } from "./args.js";

/**
 * Tries and expiry of queued jobs, and how often lost jobs are looked for: CADRE_BATCH_TRIES (default 3),
 * CADRE_JOB_EXPIRE_SECONDS (default 600), CADRE_QUEUE_CHECK_SECONDS (default 30); and for `render --db`, how long
 * a batch may wait with no record finished and no job in a worker's hands before it says so: CADRE_QUEUE_NOTICE_SECONDS (default 30).
 */
export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<QueueSettings> & { checkSeconds?: number; noticeSeconds?: number } {
  const read = (name: string, min: number): number | undefined => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`biến môi trường ${name} cần một số nguyên từ ${min} (đã nhận: ${v})`);
    return n;
  };
  const tries = read("CADRE_BATCH_TRIES", 1);
  const expireSeconds = read("CADRE_JOB_EXPIRE_SECONDS", 1);
  const checkSeconds = read("CADRE_QUEUE_CHECK_SECONDS", 1);
  const noticeSeconds = read("CADRE_QUEUE_NOTICE_SECONDS", 1);
  return {
    ...(tries !== undefined && { tries }), ...(expireSeconds !== undefined && { expireSeconds }), ...(checkSeconds !== undefined && { checkSeconds }),
    ...(noticeSeconds !== undefined && { noticeSeconds }),
  };
}
