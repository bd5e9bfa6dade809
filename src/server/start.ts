// Starts the service on a port over an opened store, and on SIGTERM/SIGINT finishes requests in flight, then exits 0.
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/index.js";
import { buildServer, defaultWorkDir, type ServerOptions } from "./app.js";
import { recoverAtStart } from "./recover.js";

export interface StartOptions extends Omit<ServerOptions, "store"> {
  store: Store;
  port: number;
  host: string;
}

export interface Running {
  app: FastifyInstance;
  address: string;
  /** Stops accepting, lets requests (and batches) in flight finish, closes the database. */
  stop(): Promise<void>;
}

export async function startServer(opts: StartOptions): Promise<Running> {
  const { store, port, host, ...rest } = opts;
  const app = await buildServer({ logger: { level: "info" }, ...rest, store });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= app.close().then(() => store.close()));
  try {
    const settings = { fonts: rest.fonts, now: rest.now ?? (() => new Date()) };
    await recoverAtStart({ store, settings, workDir: rest.workDir ?? defaultWorkDir(), workers: rest.batchWorkers, log: app.log });
    const address = await app.listen({ port, host });
    return { app, address, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** SIGTERM and SIGINT: graceful stop, then `exit(0)`; a second signal exits at once (130). */
export function stopOnSignals(running: Running, exit: (code: number) => void = (c) => process.exit(c)): void {
  let count = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++count > 1) return exit(130);
    running.app.log.info({ signal }, "stopping: finishing requests in flight");
    running.stop().then(() => exit(0), (err: unknown) => {
      running.app.log.error({ err }, "stop failed");
      exit(70);
    });
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
