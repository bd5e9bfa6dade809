// The options every service command shares: --data DIR (SQLite and files) or --db URL (PostgreSQL, also DATABASE_URL).
import { formatIssue } from "../messages/index.js";
import { openStore, StoreError, type Store } from "../store/index.js";
import { EXIT, printErr, str, type Parsed } from "./args.js";

export const STORE_OPTIONS = {
  data: { type: "string" },
  db: { type: "string" },
  json: { type: "boolean" },
} as const;

/** Opens the store named by the options; a database too new for this binary is an input problem (exit 1) in Vietnamese. */
export async function storeFromArgs(p: Parsed): Promise<Store | number> {
  const databaseUrl = str(p, "db") ?? process.env.DATABASE_URL ?? undefined;
  try {
    return await openStore({ dataDir: str(p, "data"), databaseUrl: databaseUrl || undefined });
  } catch (err) {
    if (err instanceof StoreError) {
      printErr(formatIssue(err.issue));
      return EXIT.invalid;
    }
    throw err;
  }
}
