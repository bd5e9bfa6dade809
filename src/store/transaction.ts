// Write transactions that take the write lock first: BEGIN IMMEDIATE on SQLite, an ordinary transaction on PostgreSQL.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Dialect } from "./migrations.js";
import { BUSY_TIMEOUT_MS } from "./sqlite-settings.js";
import type { Database } from "./types.js";

export type Tx = Kysely<Database> | Transaction<Database>;

const busy = (err: unknown): boolean => {
  const code = (err as { code?: string }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` in one transaction that holds the database's write lock from its first statement, so a
 * read-then-write (a counter, the audit chain's head) cannot interleave with another writer.
 * SQLite: better-sqlite3 waits synchronously, which would freeze a second connection in the same
 * process; the lock is therefore tried without waiting and retried asynchronously.
 * PostgreSQL: callers lock the rows they read (`for update`, `update … returning`).
 */
export async function writeTransaction<T>(db: Kysely<Database>, dialect: Dialect, fn: (tx: Tx) => Promise<T>, timeoutMs = 30_000): Promise<T> {
  if (dialect === "postgres") return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        // No synchronous busy wait: it would freeze this process, and with it the connection holding the lock.
        await sql`pragma busy_timeout = 0`.execute(conn);
        await sql`begin immediate`.execute(conn);
        break;
      } catch (err) {
        if (!busy(err) || Date.now() > deadline) throw err;
        await pause(Math.min(50, 1 + attempt) * Math.random());
      } finally {
        await sql.raw(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`).execute(conn);
      }
    }
    try {
      const out = await fn(conn);
      await sql`commit`.execute(conn);
      return out;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}

/**
 * Runs `fn` while no other process runs a section of the same name on this database: on PostgreSQL a session
 * advisory lock held on a connection of its own (`fn` may use the pool); on SQLite, where one machine's processes
 * share the file, `fn` runs as it is and its own write transactions serialise it.
 */
export async function exclusively<T>(db: Kysely<Database>, dialect: Dialect, name: string, fn: () => Promise<T>): Promise<T> {
  if (dialect !== "postgres") return fn();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
    }
  });
}
