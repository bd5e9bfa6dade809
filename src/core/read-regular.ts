// Reads a regular file and nothing else: a FIFO, a device (/dev/zero) or a folder is refused before any byte is read.
import { constants } from "node:fs";
import { open } from "node:fs/promises";

/** Errors carry a code as Node's do: EISDIR, ENOTREG (a FIFO, socket or device), EFBIG (over the limit). */
export class FileRefusedError extends Error {
  constructor(
    readonly code: "EISDIR" | "ENOTREG" | "EFBIG",
    readonly size?: number,
  ) {
    super(code);
  }
}

const CHUNK = 1 << 20;
/** Read past the size fstat gave, to see whether the file grew. */
const PROBE = 1 << 16;

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking (a FIFO with no writer would
 * hang a plain open) and checked on the open handle, so the file cannot be swapped between check and read;
 * a file that grows while read is cut off at the limit, never read to the end.
 */
export async function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new FileRefusedError("EISDIR");
    if (!st.isFile()) throw new FileRefusedError("ENOTREG");
    if (st.size > maxBytes) throw new FileRefusedError("EFBIG", st.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(st.size - total, 0) || PROBE, CHUNK, maxBytes - total + 1);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await fh.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileRefusedError("EFBIG", total);
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await fh.close();
  }
}

/** Why a path cannot be read as an input file, in the words of the issue params (`reason`). */
export function readFailure(err: unknown): "not_found" | "permission" | "directory" | "not_regular" | "too_large" | "io" {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "not_found";
  if (code === "EACCES" || code === "EPERM") return "permission";
  if (code === "EISDIR") return "directory";
  if (code === "ENOTREG" || code === "ENXIO") return "not_regular";
  if (code === "EFBIG") return "too_large";
  return "io";
}
