// The parts of a zip we need, inflated with their real size counted as the bytes come (declared sizes may lie).
import { createInflateRaw } from "node:zlib";

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;

export interface ZipEntry {
  name: string;
  method: number;
  /** Where the compressed data starts, and its length, from the central directory and the local header. */
  start: number;
  size: number;
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** The entries of the central directory, or undefined when the zip is damaged. */
export function listEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLen = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const size = view.getUint32(at + 20, true);
    if (start + size > bytes.length) return undefined;
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)), method: view.getUint16(at + 10, true), start, size });
    at += 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** What `onChunk` says after each piece of inflated data: go on, or stop inflating this entry. */
export type ChunkVerdict = "more" | "stop";
export type InflateEnd = "done" | "stopped" | "corrupt";

const STEP = 64 * 1024;

/**
 * Inflates one entry piece by piece; nothing bigger than a piece is held unless `onChunk` keeps it. Stopping
 * ends the inflater at once, so a bomb costs the bytes inflated before the limit, not the declared or real size.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Buffer) => ChunkVerdict): Promise<InflateEnd> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + entry.start, entry.size);
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += STEP) if (onChunk(data.subarray(i, i + STEP)) === "stop") return Promise.resolve("stopped");
    return Promise.resolve("done");
  }
  if (entry.method !== 8) return Promise.resolve("corrupt");
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: STEP });
    let ended: InflateEnd | undefined;
    const finish = (how: InflateEnd) => {
      if (ended) return;
      ended = how;
      resolve(how);
    };
    inflate.on("data", (chunk: Buffer) => {
      if (ended || onChunk(chunk) === "more") return;
      finish("stopped");
      inflate.destroy();
    });
    inflate.on("end", () => finish("done"));
    inflate.on("error", () => finish("corrupt"));
    inflate.on("close", () => finish("done"));
    inflate.end(data);
  });
}
