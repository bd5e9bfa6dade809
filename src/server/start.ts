// Starts the service on a port: opens (and migrates) the store, listens, and on SIGTERM/SIGINT finishes requests in flight then exits 0.
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { openStore, type StoreOptions } from "../store/index.js";
import { buildServer, type ServerOptions } from "./app.js";

export interface StartOptions extends StoreOptions {
  port: number;
  host: string;
  logger?: ServerOptions["logger"];
  auth?: ServerOptions["auth"];
}

export interface Running {
  app: FastifyInstance;
  address: string;
  /** Stops accepting, lets requests in flight finish, closes the database. */
  stop(): Promise<void>;
}

export async function startServer(opts: StartOptions): Promise<Running> {
  const store = await openStore(opts);
  const workDir = join(resolve(opts.dataDir ?? "data"), "batches");
  const app = await buildServer({ store, logger: opts.logger ?? { level: "info" }, auth: opts.auth, workDir });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= app.close().then(() => store.close()));
  try {
    const address = await app.listen({ port: opts.port, host: opts.host });
    return { app, address, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** SIGTERM and SIGINT: graceful stop, exit 0; a second signal exits at once. */
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
