// The file store: content-addressed bytes (SHA-256), in a folder by default or in the database (PostgreSQL bytea).
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { writeFileAtomic } from "../core/index.js";
import type { Database } from "./types.js";

export interface StoredFile {
  sha256: string;
  size: number;
}

export interface FileStore {
  readonly kind: "folder" | "database";
  /** Stores the bytes once under their hash; storing the same bytes again is a no-op. */
  put(data: Uint8Array): Promise<StoredFile>;
  /** The bytes, or undefined when no file has that hash (or the hash is malformed). */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  /**
   * Takes a finished temporary file whose SHA-256 the writer computed: a folder store renames it into place (no copy,
   * no second hash), a database store reads it in. The temporary file is gone afterwards, kept or not.
   */
  adopt(tmp: string, file: StoredFile): Promise<StoredFile>;
  /** A folder on the store's own file system for such temporary files (renames stay renames), when it has one. */
  readonly incoming?: string;
}

const HASH = /^[0-9a-f]{64}$/;
export const sha256Hex = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex");

/** `<root>/ab/cd/abcd…`: two levels keep folders small; the hash pattern keeps paths inside the root. */
export function folderFileStore(root: string): FileStore {
  const where = (h: string) => join(root, h.slice(0, 2), h.slice(2, 4), h);
  const has = async (h: string) => HASH.test(h) && (await stat(where(h)).then(() => true, () => false));
  return {
    kind: "folder",
    has,
    incoming: join(root, ".incoming"),
    async adopt(tmp, file) {
      try {
        if (!HASH.test(file.sha256)) throw new Error(`internal: ${tmp} came with a malformed hash`);
        if (!(await has(file.sha256))) {
          await mkdir(join(root, file.sha256.slice(0, 2), file.sha256.slice(2, 4)), { recursive: true });
          await rename(tmp, where(file.sha256));
        }
      } catch (err) {
        // Another file system (EXDEV): copied through memory, checked against the hash it came with.
        if ((err as { code?: unknown }).code === "EXDEV") return await adoptByCopy(this, tmp, file);
        throw err;
      } finally {
        await rm(tmp, { force: true });
      }
      return file;
    },
    async put(data) {
      const h = sha256Hex(data);
      if (!(await has(h))) {
        await mkdir(join(root, h.slice(0, 2), h.slice(2, 4)), { recursive: true });
        await writeFileAtomic(where(h), data);
      }
      return { sha256: h, size: data.byteLength };
    },
    async get(h) {
      if (!HASH.test(h)) return undefined;
      return readFile(where(h)).then((b) => new Uint8Array(b), () => undefined);
    },
  };
}

/** Bytes in the `file_blobs` table (bytea on PostgreSQL, blob on SQLite): one store for several machines. */
export function databaseFileStore(db: Kysely<Database>): FileStore {
  const has = async (h: string) =>
    HASH.test(h) && (await db.selectFrom("file_blobs").select("sha256").where("sha256", "=", h).executeTakeFirst()) !== undefined;
  return {
    kind: "database",
    has,
    adopt(tmp, file) {
      return adoptByCopy(this, tmp, file);
    },
    async put(data) {
      const h = sha256Hex(data);
      await db.insertInto("file_blobs")
        .values({ sha256: h, size: data.byteLength, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) })
        .onConflict((oc) => oc.column("sha256").doNothing())
        .execute();
      return { sha256: h, size: data.byteLength };
    },
    async get(h) {
      if (!HASH.test(h)) return undefined;
      const row = await db.selectFrom("file_blobs").select("data").where("sha256", "=", h).executeTakeFirst();
      return row ? new Uint8Array(row.data) : undefined;
    },
  };
}

/** The temporary file's bytes put in the store; refused when they do not have the hash they came with. */
async function adoptByCopy(store: FileStore, tmp: string, file: StoredFile): Promise<StoredFile> {
  try {
    const put = await store.put(await readFile(tmp));
    if (put.sha256 !== file.sha256) throw new Error(`internal: ${tmp} changed between render and store`);
    return put;
  } finally {
    await rm(tmp, { force: true });
  }
}
