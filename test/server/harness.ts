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

/** Bearer headers of a token with one role in a unit (rows written directly until the admin functions are used). */
export async function tokenFor(store: Store, unitCode: string, role: string): Promise<Record<string, string>> {
  const { createHash, randomBytes, randomUUID } = await import("node:crypto");
  const at = new Date().toISOString();
  let unit = await store.db.selectFrom("units").select("id").where("code", "=", unitCode).executeTakeFirst();
  if (!unit) {
    unit = { id: randomUUID() };
    await store.db.insertInto("units").values({ id: unit.id, code: unitCode, name: `Đơn vị ${unitCode}`, profile: "nd30", symbol: "UBND", created_at: at }).execute();
  }
  const token = randomBytes(24).toString("base64url");
  await store.db.insertInto("api_tokens").values({ id: randomUUID(), unit_id: unit.id, role, name: null, token_hash: createHash("sha256").update(token).digest("hex"), created_at: at, revoked_at: null }).execute();
  return { authorization: `Bearer ${token}` };
}
