// An in-memory Io for tests: files from a map, a fixed clock, writes kept in the map.
import type { Io } from "../../src/core/index.js";

export function memoryIo(files: Record<string, string | Uint8Array>): Io {
  const store = new Map(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? new TextEncoder().encode(v) : v]));
  const get = (path: string): Uint8Array => {
    const data = store.get(path);
    if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return data;
  };
  return {
    readFile: async (path) => get(path),
    fileSize: async (path) => get(path).length,
    writeFileAtomic: async (path, data) => {
      store.set(path, typeof data === "string" ? new TextEncoder().encode(data) : data);
    },
    now: () => new Date("2026-01-15T08:00:00Z"),
  };
}
