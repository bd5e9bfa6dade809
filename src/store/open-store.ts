// Opens the service's database (SQLite file by default, PostgreSQL by URL), migrates it and attaches the file store.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { issue, type Issue } from "../core/index.js";
import { databaseFileStore, folderFileStore, type FileStore } from "./files.js";
import { migrations, type Dialect } from "./migrations.js";
import { BUSY_TIMEOUT_MS } from "./sqlite-settings.js";
import type { Database } from "./types.js";

export interface StoreOptions {
  /** Folder of the SQLite file (`cadre.db`) and of the file store; default `./data`. */
  dataDir?: string;
  /** `postgres://…`: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** Where file bytes live: `folder` (default, `<dataDir>/files`) or `database` (bytea / blob table). */
  files?: "folder" | "database";
  /** PostgreSQL connections in this process's pool (default 10). */
  poolSize?: number;
}

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  files: FileStore;
  /** The data folder (SQLite file, file store, the key file of signing keys when no secret is set). */
  dataDir: string;
  close(): Promise<void>;
}

/** A database this binary cannot use; `issue` carries the clerk message's code and params. */
export class StoreError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}

/** SQLite pragmas: WAL for readers beside one writer, FULL sync so a committed number survives power loss. */
function sqlite(file: string): Kysely<Database> {
  const database = new BetterSqlite3(file);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  // Plain writes wait for another process's transaction (the admin CLI beside `serve`); writeTransaction
  // takes its lock without waiting and retries asynchronously (see transaction.ts).
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function postgres(url: string, max: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection closed by the server (restart, failover) must not crash the process: the pool drops it
  // and the next query opens a new one; a query in flight still fails and is answered as an error.
  pool.on("error", () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Migrations already applied (none on a new database). */
async function applied(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === "kysely_migration")) return [];
  return (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name);
}

/** Refuses a database migrated by a newer cadre-docs (`done`: its applied migrations): its tables may mean what this binary does not know. */
function refuseNewer(done: readonly string[], known: string[]): void {
  const unknown = done.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new StoreError(issue("database_too_new", [], { found: unknown.at(-1), known: known.at(-1) }));
}

export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const set = migrations(dialect);
  const run = async (on: Kysely<Database>) => {
    refuseNewer(await applied(on), Object.keys(set));
    const { error } = await new Migrator({ db: on, provider: { getMigrations: async () => set } }).migrateToLatest();
    if (error) throw error;
  };
  if (dialect === "postgres") return run(db);
  // Up to date (every start after the first): no write lock, which other connections may be holding.
  const done = await applied(db);
  if (Object.keys(set).every((n) => done.includes(n))) return refuseNewer(done, Object.keys(set));
  // Kysely takes no lock on SQLite: two processes opening a new file at once would both create its tables.
  // One transaction holding the write lock (others wait, busy_timeout) makes the migration all or nothing, one at a time.
  await db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      await run(conn);
      await sql`commit`.execute(conn);
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const dataDir = resolve(options.dataDir ?? "data");
  const dialect: Dialect = options.databaseUrl ? "postgres" : "sqlite";
  if (dialect === "sqlite" || options.files !== "database") mkdirSync(dataDir, { recursive: true });
  const db = options.databaseUrl ? postgres(options.databaseUrl, options.poolSize ?? 10) : sqlite(join(dataDir, "cadre.db"));
  try {
    await migrate(db, dialect);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const files = options.files === "database" ? databaseFileStore(db) : folderFileStore(join(dataDir, "files"));
  return { db, dialect, files, dataDir, close: () => db.destroy() };
}
