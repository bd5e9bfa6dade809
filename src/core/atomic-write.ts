// Atomic file writes: bytes go to a temporary sibling that is renamed into place, so a reader never sees half a file.
import { mkdir, mkdirSync, rename, rm, rmSync, writeFile, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { promisify } from "node:util";

// The callback API through promisify: fs/promises.writeFile goes through a FileHandle (open, write, close as
// three promise round trips plus handle bookkeeping), which costs twice the JavaScript time per small file.
const writeFileCb = promisify(writeFile);
const renameCb = promisify(rename);
const mkdirCb = promisify(mkdir);
const rmCb = promisify(rm);

/**
 * Folders this thread has already made. A batch writes thousands of files into a few folders, and
 * `mkdir -p` before each was a visible share of the main thread's time. A folder removed behind our back
 * is caught by the write's ENOENT: it is made again and the write retried once.
 */
const madeDirs = new Set<string>();

/**
 * Temporary names: process id (readable when a crash leaves one behind), a random prefix drawn once per
 * thread (two threads of one process, or a recycled pid, never collide) and a counter.
 */
const tmpPrefix = `${process.pid}.${randomBytes(4).toString("hex")}`;
let tmpCounter = 0;

/** The next temporary name next to `path`. */
const tempName = (path: string): string => `${path}.${tmpPrefix}.${(tmpCounter++).toString(36)}.tmp`;

/** `name.<pid>.<8 hex>.<counter, base 36>.tmp` (and `name.<pid>.<8 hex>.tmp` from earlier versions). */
const TEMP_NAME = /\.(\d+)\.[0-9a-f]{8}(?:\.[0-9a-z]+)?\.tmp$/;

/** The process id in the name of a temporary file of writeFileAtomic, or undefined for any other name. */
export function atomicTempPid(name: string): number | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : undefined;
}

async function makeDir(dir: string): Promise<void> {
  await mkdirCb(dir, { recursive: true });
  madeDirs.add(dir);
}

function makeDirSync(dir: string): void {
  mkdirSync(dir, { recursive: true });
  madeDirs.add(dir);
}

const isEnoent = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === "ENOENT";

/**
 * First half of an atomic write: the bytes land under a temporary name next to `path`, which is returned.
 * A batch's render task writes its documents this way, so their bytes never travel to the main thread.
 */
export async function writeTemp(path: string, data: Uint8Array | string): Promise<string> {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) await makeDir(dir);
  const tmp = tempName(path);
  try {
    try {
      await writeFileCb(tmp, data);
    } catch (err) {
      if (!isEnoent(err)) throw err;
      madeDirs.delete(dir);
      await makeDir(dir);
      await writeFileCb(tmp, data);
    }
  } catch (err) {
    await discardTemp(tmp);
    throw err;
  }
  return tmp;
}

/**
 * writeTemp, blocking: for a worker thread, whose only job is to render and write. From a worker, each async write
 * took a trip through the process's libuv thread pool, shared with the main thread's renames and the other workers.
 * Measured with two workers on 5,000 one-page pairs: 14.3-14.9 s blocking (3 runs) against 18.7-21.0 s
 * asynchronous. In the main thread the async form is kept: there it measured the same either way.
 */
export function writeTempSync(path: string, data: Uint8Array | string): string {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) makeDirSync(dir);
  const tmp = tempName(path);
  try {
    try {
      writeFileSync(tmp, data);
    } catch (err) {
      if (!isEnoent(err)) throw err;
      madeDirs.delete(dir);
      makeDirSync(dir);
      writeFileSync(tmp, data);
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return tmp;
}

/** Second half: the temporary file takes its final name in one rename; on failure it is removed. */
export async function commitTemp(tmp: string, path: string): Promise<void> {
  try {
    await renameCb(tmp, path);
  } catch (err) {
    await discardTemp(tmp);
    throw err;
  }
}

/** Removes a temporary file that will not be committed (a duplicate name, a record refused by --strict). */
export const discardTemp = (tmp: string): Promise<void> => rmCb(tmp, { force: true });

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await commitTemp(await writeTemp(path, data), path);
}
