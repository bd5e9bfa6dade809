// The store opens, migrates once, refuses a newer schema in Vietnamese, and keeps files by hash (folder and database).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import { openStore, sha256Hex, StoreError, type FileStore } from "../../src/store/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";

const opened: TestStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.cleanup()));
});
const keep = (t: TestStore) => (opened.push(t), t);

async function checkFiles(files: FileStore): Promise<void> {
  const bytes = new TextEncoder().encode("Quyết định số 01/QĐ-UBND");
  const put = await files.put(bytes);
  expect(put).toEqual({ sha256: sha256Hex(bytes), size: bytes.byteLength });
  expect(await files.put(bytes)).toEqual(put);
  expect(Buffer.from((await files.get(put.sha256))!).toString()).toBe("Quyết định số 01/QĐ-UBND");
  expect(await files.has(put.sha256)).toBe(true);
  expect(await files.get("0".repeat(64))).toBeUndefined();
  expect(await files.get("../../etc/passwd")).toBeUndefined();
  expect(await files.has("../cadre.db")).toBe(false);
  await checkAdopt(files);
}

/** A rendered file's temporary copy taken into the store: kept under its hash, gone from where it was, refused when its hash is wrong. */
async function checkAdopt(files: FileStore): Promise<void> {
  const dir = files.incoming ?? mkdtempSync(join(tmpdir(), "cadre-adopt-"));
  mkdirSync(dir, { recursive: true });
  const tmp = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, file: { sha256: sha256Hex(text), size: Buffer.byteLength(text) } };
  };
  const a = tmp("a.pdf.tmp", "Biên bản kiểm phiếu");
  expect(await files.adopt(a.path, a.file)).toEqual(a.file);
  expect(existsSync(a.path)).toBe(false);
  expect(Buffer.from((await files.get(a.file.sha256))!).toString()).toBe("Biên bản kiểm phiếu");
  const again = tmp("a2.pdf.tmp", "Biên bản kiểm phiếu");
  expect(await files.adopt(again.path, again.file)).toEqual(a.file);
  expect(existsSync(again.path)).toBe(false);
  if (files.kind === "database") {
    const wrong = tmp("b.pdf.tmp", "Nội dung khác");
    await expect(files.adopt(wrong.path, a.file)).rejects.toThrow(/internal: .*changed between render and store/);
    expect(existsSync(wrong.path)).toBe(false);
  } else {
    expect(files.incoming).toMatch(/files[/\\]\.incoming$/);
    await expect(files.adopt(tmp("c.tmp", "x").path, { sha256: "../../x", size: 1 })).rejects.toThrow(/malformed hash/);
  }
  expect(readdirSync(dir)).toEqual([]);
}

async function checkSchema(t: TestStore): Promise<void> {
  const names = (await t.store.db.introspection.getTables()).map((x) => x.name);
  for (const table of ["units", "users", "documents", "register_entries", "register_counters", "audit_log", "idempotency_keys", "batches", "file_blobs"]) {
    expect(names).toContain(table);
  }
  // Opening again runs no migration twice.
  const again = await openStore(t.options);
  await again.close();
  await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(t.store.db);
  const err = await openStore(t.options).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(StoreError);
  const text = formatIssue((err as StoreError).issue);
  expect(text).toContain("phiên bản mới hơn (9999_future)");
  expect(text).toContain("Hãy cài phiên bản cadre-docs mới nhất");
}

describe("store on SQLite", () => {
  it("migrates a fresh data folder in WAL mode and refuses a newer schema", async () => {
    const t = keep(await sqliteStore());
    expect(t.store.dialect).toBe("sqlite");
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.store.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    await checkSchema(t);
  });
  it("keeps files by SHA-256 in a folder", async () => {
    const t = keep(await sqliteStore());
    expect(t.store.files.kind).toBe("folder");
    await checkFiles(t.store.files);
  });
  it("keeps files in the database when asked", async () => {
    const t = keep(await sqliteStore({ files: "database" }));
    expect(t.store.files.kind).toBe("database");
    await checkFiles(t.store.files);
  });
});

describePg("store on PostgreSQL", (url) => {
  it("migrates a fresh database and refuses a newer schema", async () => {
    const t = keep(await pgStore(url));
    expect(t.store.dialect).toBe("postgres");
    await checkSchema(t);
  });
  it("keeps files as bytea", async () => {
    const t = keep(await pgStore(url, { files: "database" }));
    await checkFiles(t.store.files);
    const type = await sql<{ t: string }>`select pg_typeof(data)::text as t from file_blobs limit 1`.execute(t.store.db);
    expect(type.rows[0]?.t).toBe("bytea");
  });
});
