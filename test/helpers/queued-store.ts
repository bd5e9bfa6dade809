// A fresh PostgreSQL database with the service's store and render queue opened on it, for the queue's tests; closed and dropped afterwards.
import { openQueue, openStore, type Queue, type Store } from "../../src/store/index.js";
import { freshPgDatabase } from "./pg.js";

export async function withQueuedStore<T>(serverUrl: string, dataDir: string, fn: (opened: { store: Store; queue: Queue }) => Promise<T>, poolSize?: number): Promise<T> {
  const db = await freshPgDatabase(serverUrl);
  const store = await openStore({ databaseUrl: db.url, dataDir, ...(poolSize ? { poolSize } : {}) });
  const queue = await openQueue(db.url, poolSize ? { poolSize } : {});
  try {
    return await fn({ store, queue });
  } finally {
    await queue.close();
    await store.close();
    await db.drop();
  }
}
