// Real stores for service tests: a SQLite file in a temp folder, and a fresh PostgreSQL database when one is configured.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store, type StoreOptions } from "../../src/store/index.js";
import { freshPgDatabase } from "./pg.js";

export interface TestStore {
  store: Store;
  /** What to pass to openStore for another connection (pool) to the same database. */
  options: StoreOptions;
  cleanup(): Promise<void>;
}

export async function sqliteStore(extra: StoreOptions = {}): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "cadre-store-"));
  const options = { dataDir, ...extra };
  const store = await openStore(options);
  return { store, options, cleanup: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

export async function pgStore(serverUrl: string, extra: StoreOptions = {}): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "cadre-store-"));
  const fresh = await freshPgDatabase(serverUrl);
  const options = { dataDir, databaseUrl: fresh.url, ...extra };
  const store = await openStore(options);
  return {
    store,
    options,
    cleanup: async () => { await store.close(); await fresh.drop(); rmSync(dataDir, { recursive: true, force: true }); },
  };
}
