// The one interface through which stages touch the outside world: files, fonts, clock.
import { stat } from "node:fs/promises";
import { writeFileAtomic } from "./atomic-write.js";
import { readRegularFile } from "./read-regular.js";

export interface Io {
  /** A regular file's bytes; a folder, FIFO or device, or a file over `maxBytes`, is refused (see read-regular.ts). */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  /** Writes to a temporary sibling, then renames: a reader never sees half a file. */
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
  now(): Date;
}

export const nodeIo = (clock: () => Date = () => new Date()): Io => ({
  readFile: (path, maxBytes) => readRegularFile(path, maxBytes),
  fileSize: async (path) => (await stat(path)).size,
  writeFileAtomic,
  now: clock,
});

/** A clock frozen at one instant, for reproducible documents and golden files. */
export const fixedClock = (iso: string) => {
  const at = new Date(iso);
  return () => new Date(at.getTime());
};
