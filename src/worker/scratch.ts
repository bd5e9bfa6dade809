// A worker's temporary folder for rendered files, named by host and process so that a later worker on the same host removes a killed one's leftovers.
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { processAlive } from "../store/index.js";

/** `<parent>/<host>-<pid>-XXXXXX`; folders of this host's processes that are no longer running are removed first. */
export async function workerScratch(parent: string | undefined): Promise<string> {
  const root = parent ?? tmpdir();
  await mkdir(root, { recursive: true });
  const prefix = `cadre-worker-${hostname()}-`;
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) await rm(join(root, name), { recursive: true, force: true });
  }
  return mkdtemp(join(root, `${prefix}${process.pid}-`));
}
