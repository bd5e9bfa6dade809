// The output folder: made and locked before a batch writes (one batch per folder), and write failures in words.
import { hostname } from "node:os";
import { mkdir, open, readFile, rm, rmdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { issue, processAlive, type Issue } from "../core/index.js";

export const LOCK_FILE = ".cadre-docs.lock";

const REASONS: Record<string, string> = {
  ENOSPC: "no_space",
  EDQUOT: "quota",
  EROFS: "read_only",
  EACCES: "permission",
  EPERM: "permission",
  ENOTDIR: "not_dir",
  EEXIST: "not_dir",
  EMFILE: "too_many_files",
  ENFILE: "too_many_files",
};

/** The code of a file-system error; from a worker thread only the message survives ("ENOSPC: no space left …"). */
function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return /^(E[A-Z]+):/.exec(err instanceof Error ? err.message : "")?.[1];
}

/** An output_unwritable issue when `err` is the disk or folder refusing a write; undefined for anything else (a bug). */
export function outputProblem(err: unknown, outDir: string): Issue | undefined {
  const errno = errnoOf(err);
  const reason = errno ? REASONS[errno] : undefined;
  return reason ? issue("output_unwritable", [], { folder: outDir, reason, errno }) : undefined;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

async function readLock(path: string): Promise<{ text: string; info?: LockInfo }> {
  const text = await readFile(path, "utf8").catch(() => "");
  try {
    return { text, info: JSON.parse(text) as LockInfo };
  } catch {
    return { text };
  }
}

export interface OutputLock {
  release(): Promise<void>;
}

/**
 * Makes the folder and takes its lock: a file created with O_EXCL holding pid, host and start time. A lock left by
 * a process of this host that no longer runs is taken over; a live one (or one from another host) refuses the batch.
 */
export async function lockOutput(outDir: string, now: Date): Promise<OutputLock | Issue> {
  let made: string | undefined;
  try {
    made = await mkdir(outDir, { recursive: true });
  } catch (err) {
    return outputProblem(err, outDir) ?? issue("output_unwritable", [], { folder: outDir, errno: errnoOf(err) });
  }
  const path = join(outDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: now.toISOString() });
  const ours = made && resolve(made) === resolve(outDir) ? outDir : undefined;
  const problem = async (err: unknown): Promise<Issue> => {
    // Nothing left behind: a folder made for a batch that cannot write goes again.
    if (ours) await rmdir(ours).catch(() => {});
    return outputProblem(err, outDir) ?? issue("output_unwritable", [], { folder: outDir, errno: errnoOf(err) });
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const created = await open(path, "wx").catch((err: unknown) => err as Error);
    if (!(created instanceof Error)) {
      // The first write into the folder: a full disk or a read-only folder shows here, before any rendering.
      const wrote = await created.writeFile(mine).then(() => undefined, (err: unknown) => err);
      await created.close();
      if (wrote) return rm(path, { force: true }).then(() => problem(wrote));
      return { release: () => release(path, mine, ours) };
    }
    if ((created as { code?: string }).code !== "EEXIST") return problem(created);
    const held = await readLock(path);
    const stale = held.info && held.info.host === hostname() && held.info.pid !== process.pid && !processAlive(held.info.pid);
    // Removed only if it still holds what we read: another batch may have taken it over meanwhile.
    if (!stale || (await readLock(path)).text !== held.text) return lockedIssue(outDir, path, held.info);
    await rm(path, { force: true });
  }
  return lockedIssue(outDir, path, (await readLock(path)).info);
}

const lockedIssue = (outDir: string, path: string, info?: LockInfo): Issue =>
  issue("output_locked", [], { folder: outDir, lock: path, pid: info?.pid, host: info?.host, since: info?.startedAt });

async function release(path: string, mine: string, madeFolder: string | undefined): Promise<void> {
  if ((await readLock(path)).text === mine) await rm(path, { force: true });
  // A folder this batch made and left empty (nothing could be written) goes too.
  if (madeFolder) await rmdir(madeFolder).catch(() => {});
}
