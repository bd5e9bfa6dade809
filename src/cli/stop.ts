// Stopping well: Ctrl-C and SIGTERM end a batch cleanly with a resume hint; a closed pipe (`| head`) ends quietly.
import { printErr } from "./args.js";

/** `kinds | head -2`: once the reader has gone, output is dropped instead of crashing with EPIPE. */
export function quietBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") throw err;
      // Nobody reads any more: later writes are dropped and the command ends with its own exit code.
      stream.write = () => true;
    });
  }
}

export type StopSignal = "SIGINT" | "SIGTERM";
export const SIGNAL_EXIT: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interruption {
  /** Aborted at the first Ctrl-C or SIGTERM: the batch stops taking records and finishes the ones in flight. */
  signal: AbortSignal;
  /** The signal that stopped the run, if any. */
  received(): StopSignal | undefined;
  /** Removes the handlers (the run is over). */
  dispose(): void;
}

/** The first signal asks the batch to stop cleanly; a second one stops at once (`--resume` tidies up then). */
export function interruptible(): Interruption {
  const controller = new AbortController();
  let got: StopSignal | undefined;
  const handler = (sig: StopSignal): void => {
    if (got) {
      printErr("Dừng ngay. Chạy lại cùng lệnh với --resume để làm tiếp và dọn các tệp tạm.");
      process.exit(SIGNAL_EXIT[sig]);
    }
    got = sig;
    printErr(`\nĐang dừng${sig === "SIGINT" ? " (Ctrl-C)" : ""}: hoàn tất các văn bản đang tạo dở rồi dừng. Nhấn Ctrl-C lần nữa để dừng ngay.`);
    controller.abort();
  };
  const onInt = (): void => handler("SIGINT");
  const onTerm = (): void => handler("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return {
    signal: controller.signal,
    received: () => got,
    dispose() {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    },
  };
}
