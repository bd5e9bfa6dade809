// `cadre-docs serve`: the approval service over SQLite in ./data (or PostgreSQL by --db / DATABASE_URL), stopped gracefully by SIGTERM or Ctrl-C.
import { startServer, stopOnSignals } from "../server/index.js";
import { parse, printErr, str, UsageError } from "./args.js";

export function parsePort(value: string | undefined): number {
  const n = Number(value ?? "8080");
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`--port cần một số nguyên từ 1 đến 65535 (đã nhận: ${value})`);
  return n;
}

export default async function serve(argv: string[]): Promise<number> {
  const args = parse(argv, { data: { type: "string" }, port: { type: "string" }, host: { type: "string" }, db: { type: "string" } });
  if (args.positionals.length) throw new UsageError(`serve không nhận tham số "${args.positionals[0]}"`);
  const databaseUrl = str(args, "db") ?? (process.env.DATABASE_URL || undefined);
  const running = await startServer({ dataDir: str(args, "data") ?? "data", databaseUrl, port: parsePort(str(args, "port")), host: str(args, "host") ?? "127.0.0.1" });
  printErr(`cadre-docs đang chạy tại ${running.address} (API: ${running.address}/api/, mô tả: ${running.address}/openapi.json). Nhấn Ctrl-C để dừng.`);
  // The server keeps the process alive; a signal stops it gracefully and gives the exit code (0).
  return new Promise<number>((resolve) => stopOnSignals(running, resolve));
}
