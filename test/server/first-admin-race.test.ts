// Servers started together on one new database: exactly one makes the first administrator and prints its password, which works; none fails.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { freePort, serveProcess, type ServeProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-first-admin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `n` servers at once on `store` options; each must start; the one password printed must let admin in. */
async function startTogether(n: number, storeArgs: string[]): Promise<void> {
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const started = await Promise.allSettled(ports.map((port) => serveProcess([...storeArgs, "--port", String(port), "--render-workers", "0"])));
  const servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  try {
    expect(started.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
    const passwords = servers.map((s) => /Mật khẩu một lần: (\S+)/.exec(s.stderr())?.[1]).filter((p): p is string => !!p);
    expect(passwords).toHaveLength(1);
    for (const s of servers) {
      const login = await fetch(`${s.url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password: passwords[0] }) });
      expect(login.status).toBe(200);
    }
  } finally {
    await stopAll(servers);
  }
}

async function stopAll(servers: ServeProcess[]): Promise<void> {
  for (const s of servers) s.child.kill("SIGTERM");
  await Promise.all(servers.map((s) => s.exited));
}

describe("servers starting together on a new SQLite data folder", () => {
  it("one first administrator, one password printed", { timeout: 240_000 }, async () => {
    await startTogether(3, ["--data", join(dir, "sqlite")]);
  });
});

describePg("servers starting together on a new PostgreSQL database", (serverUrl) => {
  it("one first administrator, one password printed", { timeout: 240_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    try {
      await startTogether(3, ["--db", db.url, "--data", join(dir, "pg")]);
    } finally {
      await db.drop();
    }
  });
});
