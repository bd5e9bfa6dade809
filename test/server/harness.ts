// A server over a fresh SQLite store in a temp folder, driven with inject() (no port).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer, type ServerOptions } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { addToken, addUnit, addUser } from "../../src/workflow/index.js";

export interface Harness {
  app: FastifyInstance;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

export async function harness(options: Partial<ServerOptions> & { databaseUrl?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "cadre-server-"));
  const store = await openStore({ dataDir: dir, databaseUrl: options.databaseUrl });
  const app = await buildServer({ store, warm: false, workDir: join(dir, "batches"), ...options });
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

const BY = { userId: "cli:test", unitId: null };

/** A unit (nd30, symbol UBND unless given) with its default register; returns its id. */
export async function unit(store: Store, code: string, symbol = "UBND"): Promise<string> {
  const r = await addUnit(store, BY, { code, name: `Ủy ban nhân dân ${code}`, profile: "nd30", symbol });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.id;
}

export async function user(store: Store, unitCode: string, username: string, role: string, password = "mat-khau-thu-nghiem"): Promise<string> {
  const r = await addUser(store, BY, { username, unitCode, role, password });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.id;
}

/** Bearer headers of a new token with one role in a unit. */
export async function tokenFor(store: Store, unitCode: string, role: string): Promise<Record<string, string>> {
  const r = await addToken(store, BY, { unitCode, role });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { authorization: `Bearer ${r.value.token}` };
}

/** Logs in through the API; the headers of a browser session that writes (cookie + the CSRF header). */
export async function login(app: FastifyInstance, username: string, password = "mat-khau-thu-nghiem"): Promise<Record<string, string>> {
  const res = await app.inject({ method: "POST", url: "/api/session", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "cadre_session")!;
  return { cookie: `cadre_session=${cookie.value}`, "x-requested-with": "cadre-docs" };
}

/** A multipart/form-data body with one file part. */
export function multipart(filename: string, data: Buffer | string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----cadre${Date.now().toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.isBuffer(data) ? data : Buffer.from(data), tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Polls a batch until it is no longer running. */
export async function waitBatch(app: FastifyInstance, id: string, headers: Record<string, string>, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const b = (await app.inject({ method: "GET", url: `/api/batches/${id}`, headers })).json() as Record<string, unknown>;
    if (b.state !== "running" || Date.now() > deadline) return b;
    await new Promise((r) => setTimeout(r, 100));
  }
}
