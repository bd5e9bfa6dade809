// `cadre-docs serve`: the approval service over SQLite in ./data (or PostgreSQL by --db / DATABASE_URL); the first start creates the administrator; SIGTERM or Ctrl-C stops it gracefully.
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { startServer, stopOnSignals } from "../server/index.js";
import { exclusively, openQueue, type Store } from "../store/index.js";
import { generatePassword, initAdmin } from "../workflow/index.js";
import { parse, printErr, str, UsageError } from "./args.js";
import { queueSettingsFromEnv } from "./queue-env.js";
import { STORE_OPTIONS, storeFromArgs } from "./store-args.js";
import { readTrust } from "./trust.js";

export function parsePort(value: string | undefined): number {
  const n = Number(value ?? "8080");
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`--port cần một số nguyên từ 1 đến 65535 (đã nhận: ${value})`);
  return n;
}

/** Render threads beside the HTTP thread: one per core, at most 2 (each holds its own fonts and code, ~70 MB); 0 renders on the HTTP thread. */
export function parseRenderWorkers(value: string | undefined): number {
  if (value === undefined) return Math.min(2, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--render-workers cần một số nguyên từ 0 đến 64 (đã nhận: ${value})`);
  return n;
}

/** An empty database gets its first administrator (`admin init`): the one-time password is printed once. */
async function firstAdmin(store: Store): Promise<string | undefined> {
  // Several servers starting on one new database: one makes the administrator, the others see it made.
  return exclusively(store.db, store.dialect, "cadre-docs:first-admin", () => makeFirstAdmin(store));
}

async function makeFirstAdmin(store: Store): Promise<string | undefined> {
  if (await store.db.selectFrom("users").select("id").limit(1).executeTakeFirst()) return undefined;
  const given = process.env.CADRE_ADMIN_PASSWORD;
  const password = given || generatePassword();
  const r = await initAdmin(store, { userId: "cli:serve", unitId: null }, { username: "admin", password });
  if (!r.ok) return undefined;
  return [
    "Cơ sở dữ liệu mới: đã tạo quản trị viên đầu tiên.",
    `  Tên đăng nhập: admin`,
    given ? "  Mật khẩu: lấy từ biến môi trường CADRE_ADMIN_PASSWORD." : `  Mật khẩu một lần: ${password}  (chỉ hiện lần này; hãy ghi lại ngay)`,
    "Bước tiếp theo: tạo đơn vị và người dùng, ví dụ:",
    '  cadre-docs admin unit add TH --name "Ủy ban nhân dân tỉnh Thanh Hóa" --symbol UBND',
    "  cadre-docs admin user add chuyenvien --unit TH --role drafter",
    "rồi đăng nhập: POST /api/session {username, password}.",
  ].join("\n");
}

export default async function serve(argv: string[]): Promise<number> {
  const args = parse(argv, { ...STORE_OPTIONS, port: { type: "string" }, host: { type: "string" }, "render-workers": { type: "string" }, trust: { type: "string" } });
  if (args.positionals.length) throw new UsageError(`serve không nhận tham số "${args.positionals[0]}"`);
  const port = parsePort(str(args, "port"));
  const renderWorkers = parseRenderWorkers(str(args, "render-workers"));
  // An external signer's certificate must chain to one of these (none given: its dates and signature only).
  const trust = await readTrust(str(args, "trust"), "serve");
  const store = await storeFromArgs(args);
  if (typeof store === "number") return store;
  const welcome = await firstAdmin(store);
  const workDir = join(resolve(str(args, "data") ?? "data"), "batches");
  // PostgreSQL: final batches are queued for `cadre-docs worker` processes.
  const { checkSeconds, noticeSeconds: _notice, ...queueSettings } = queueSettingsFromEnv();
  const queue = store.dialect === "postgres" ? await openQueue((str(args, "db") ?? process.env.DATABASE_URL)!, { maintenanceSeconds: checkSeconds }) : undefined;
  const running = await startServer({ store, port, host: str(args, "host") ?? "127.0.0.1", workDir, renderWorkers, queue, queueSettings, trust });
  if (welcome) printErr(welcome);
  printErr(`cadre-docs đang chạy tại ${running.address} (API: ${running.address}/api/, mô tả API: ${running.address}/openapi.json). Nhấn Ctrl-C để dừng.`);
  // The server keeps the process alive; a signal stops it gracefully and gives the exit code (0).
  return new Promise<number>((resolve) => stopOnSignals(running, resolve));
}
