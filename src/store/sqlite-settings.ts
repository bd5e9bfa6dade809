// SQLite settings shared by the connection and the write transaction.

/** How long a plain write waits for another connection's transaction before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;
