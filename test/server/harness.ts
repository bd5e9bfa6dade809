// A server over a fresh SQLite store in a temp folder, driven with inject() (no port).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer, type ServerOptions } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";

export interface Harness {
  app: FastifyInstance;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

export async function harness(options: Partial<ServerOptions> & { databaseUrl?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "cadre-server-"));
  const store = await openStore({ dataDir: dir, databaseUrl: options.databaseUrl });
  const app = await buildServer({ store, warm: false, ...options });
  return {
    app,
    store,
    dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
