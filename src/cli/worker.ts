// `cadre-docs worker`: renders queued batches from PostgreSQL until Ctrl-C or SIGTERM (jobs in hand are finished first).
import { availableParallelism } from "node:os";
import { formatIssue } from "../messages/index.js";
import { StoreError } from "../store/index.js";
import { startWorker } from "../worker/index.js";
import { EXIT, parseCommand, printErr, str, UsageError } from "./args.js";
import { parseBudgets } from "./render.js";
import { queueSettingsFromEnv } from "./queue-env.js";

/** `--threads N` (1 to 256) or `auto` (the default: undefined, chosen by startWorker as `render --workers auto` for a long batch). */
export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined || value.trim().toLowerCase() === "auto") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--threads cần auto hoặc một số nguyên từ 1 đến 256 (đã nhận: ${value}); máy này có ${availableParallelism()} lõi, mặc định auto (tự chọn theo số lõi rảnh và bộ nhớ còn trống)`, "worker");
  return n;
}

/** The database URL of a command that needs PostgreSQL (`--db` or DATABASE_URL). */
export function postgresUrl(value: string | undefined, command: string): string {
  const url = value ?? process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`${command} cần --db postgres://… (hoặc biến môi trường DATABASE_URL): hàng đợi văn bản nằm trong PostgreSQL${url ? ` (đã nhận: ${url})` : ""}`, command);
  return url;
}

export default async function worker(argv: string[]): Promise<number> {
  const args = parseCommand(argv, "worker");
  if (args.positionals.length) throw new UsageError(`worker không nhận tham số "${args.positionals[0]}"`, "worker");
  const databaseUrl = postgresUrl(str(args, "db"), "worker");
  const threads = parseThreads(str(args, "threads"));
  let running;
  try {
    running = await startWorker({
      databaseUrl, dataDir: str(args, "data"), threads, budget: parseBudgets(args), maintenanceSeconds: queueSettingsFromEnv().checkSeconds,
      onError: (err) => printErr(`cadre-docs worker: lỗi khi làm việc với cơ sở dữ liệu (việc dở sẽ được làm lại): ${err instanceof Error ? err.message : String(err)}`),
    });
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    printErr(formatIssue(err.issue));
    return EXIT.invalid;
  }
  printErr(`cadre-docs worker đang nhận việc từ hàng đợi (${running.threads} luồng${threads === undefined ? ", tự chọn theo số lõi rảnh và bộ nhớ còn trống; đặt số khác bằng --threads N" : ""}, mỗi luồng giữ hai việc). Nhấn Ctrl-C để dừng.`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  printErr("Đang dừng: làm nốt các việc đang làm…");
  // A second signal stops at once: the jobs in hand expire and another worker does them.
  process.once(signal, () => process.exit(EXIT.interrupted));
  await running.stop();
  const s = running.stats();
  printErr(`Đã dừng. Đã làm ${s.jobs} việc: ${s.done} văn bản, ${s.failed} bản ghi lỗi.`);
  return EXIT.ok;
}
