// PostgreSQL for tests: the server named by CADRE_TEST_PG_URL, one fresh database per test file or case.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it, expect } from "vitest";

export const PG_URL = process.env.CADRE_TEST_PG_URL || undefined;
const required = process.env.CADRE_REQUIRE_TOOLS === "1";

/**
 * `describe` for tests needing PostgreSQL: skipped with a visible notice when CADRE_TEST_PG_URL is
 * unset, failed when CADRE_REQUIRE_TOOLS=1 (CI starts a cluster: scripts/pg-test-cluster.sh).
 */
export function describePg(name: string, body: (url: string) => void): void {
  if (PG_URL) {
    describe(name, () => body(PG_URL));
    return;
  }
  if (required) {
    describe(name, () => it("needs PostgreSQL (CADRE_TEST_PG_URL) since CADRE_REQUIRE_TOOLS=1", () => expect.fail("CADRE_TEST_PG_URL is not set")));
    return;
  }
  console.warn(`[skip] ${name}: CADRE_TEST_PG_URL is not set (start one with scripts/pg-test-cluster.sh)`);
  describe.skip(name, () => body(""));
}

const withDb = (url: string, db: string): string => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

/** Creates an empty database on the test server; `drop()` removes it (closing what still uses it). */
export async function freshPgDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cadre_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  };
  return { url: withDb(url, name), drop };
}
