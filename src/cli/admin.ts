// `cadre-docs admin init | unit add | user add | register add | token add | key add`: set up who may do what; every change is audited.
import { userInfo } from "node:os";
import type { Issue, Result } from "../index.js";
import { formatIssue } from "../messages/index.js";
import type { Store } from "../store/index.js";
import { addRegister, addToken, addUnit, addUser, generatePassword, initAdmin, type AdminBy } from "../workflow/index.js";
import { keyAdd, KeyRefused } from "./admin-keys.js";
import { EXIT, flag, parse, print, printErr, printJson, str, UsageError, type Parsed } from "./args.js";
import { STORE_OPTIONS, storeFromArgs } from "./store-args.js";

const OPTIONS = {
  ...STORE_OPTIONS,
  name: { type: "string" }, profile: { type: "string" }, symbol: { type: "string" }, unit: { type: "string" }, role: { type: "string" },
  username: { type: "string" }, "password-env": { type: "string" }, series: { type: "string" }, period: { type: "string" },
  "term-start": { type: "string" }, default: { type: "boolean" }, "display-name": { type: "string" },
  user: { type: "string" }, parent: { type: "string" }, p12: { type: "string" }, image: { type: "string" }, seal: { type: "string" },
} as const;

const USAGE = `cadre-docs admin init [--username admin] [--password-env BIẾN]
  cadre-docs admin unit add MÃ --name "Tên đơn vị" [--profile nd30|party] [--symbol UBND] [--parent MÃ_ĐƠN_VỊ_CẤP_TRÊN]
  cadre-docs admin user add TÊN_ĐĂNG_NHẬP --unit MÃ --role drafter|approver|registrar|admin [--password-env BIẾN]
  cadre-docs admin register add --unit MÃ --name "Sổ văn bản đi" [--series …] [--period year|term] [--term-start YYYY-MM-DD] [--default]
  cadre-docs admin token add --unit MÃ --role VAI_TRÒ [--name "hệ thống"]
  cadre-docs admin key add --user TÊN_ĐĂNG_NHẬP --p12 KHÓA.p12 --password-env BIẾN --image chu-ky.png
  cadre-docs admin key add --unit MÃ --p12 KHÓA.p12 --password-env BIẾN --seal dau.png
  (mỗi lệnh nhận --data THƯ_MỤC hoặc --db postgres://…)`;

const need = (p: Parsed, name: string): string => {
  const v = str(p, name);
  if (!v) throw new UsageError(`thiếu --${name}.\n  ${USAGE}`);
  return v;
};

/** From `--password-env VAR` (the variable must be set), else `fallbackEnv`, else a new one-time password to print. */
function password(p: Parsed, fallbackEnv?: string): { value: string; generated: boolean } {
  const env = str(p, "password-env");
  if (env !== undefined) {
    const v = process.env[env];
    if (!v) throw new UsageError(`biến môi trường ${env} (--password-env) chưa được đặt hoặc đang trống.`);
    return { value: v, generated: false };
  }
  const fallback = fallbackEnv ? process.env[fallbackEnv] : undefined;
  return fallback ? { value: fallback, generated: false } : { value: generatePassword(), generated: true };
}

const KNOWN = ["init", "unit add", "user add", "register add", "token add", "key add"];

type Outcome = { result: Result<unknown>; text: (value: never) => string };

async function run(store: Store, by: AdminBy, what: string, p: Parsed): Promise<Outcome> {
  const [, arg] = p.positionals;
  switch (what) {
    case "init": {
      const pw = password(p, "CADRE_ADMIN_PASSWORD");
      const username = str(p, "username") ?? "admin";
      const result = await initAdmin(store, by, { username, password: pw.value });
      return { result, text: () => `Đã tạo quản trị viên "${username}".${pw.generated ? `\nMật khẩu dùng một lần (chỉ hiện lần này, hãy đổi sau khi đăng nhập): ${pw.value}` : ""}` };
    }
    case "unit add": {
      const profile = str(p, "profile") ?? "nd30";
      if (profile !== "nd30" && profile !== "party") throw new UsageError(`--profile phải là nd30 hoặc party.\n  ${USAGE}`);
      const code = arg ?? need(p, "unit");
      const result = await addUnit(store, by, { code, name: need(p, "name"), profile, symbol: str(p, "symbol") ?? null, parentCode: str(p, "parent") ?? null });
      return { result, text: () => `Đã tạo đơn vị "${code}" cùng sổ đăng ký văn bản đi mặc định.` };
    }
    case "user add": {
      if (!arg) throw new UsageError(`thiếu tên đăng nhập.\n  ${USAGE}`);
      const pw = password(p);
      const result = await addUser(store, by, { username: arg, unitCode: need(p, "unit"), role: need(p, "role"), password: pw.value, displayName: str(p, "display-name") ?? null });
      return {
        result,
        text: (v: { created: boolean }) => v.created
          ? `Đã tạo người dùng "${arg}".${pw.generated ? `\nMật khẩu dùng một lần (chỉ hiện lần này): ${pw.value}` : ""}`
          : `Đã thêm vai trò "${str(p, "role")}" cho người dùng "${arg}" (mật khẩu giữ nguyên).`,
      };
    }
    case "register add": {
      const period = str(p, "period") ?? "year";
      if (period !== "year" && period !== "term") throw new UsageError(`--period phải là year hoặc term.\n  ${USAGE}`);
      const name = need(p, "name");
      const result = await addRegister(store, by, need(p, "unit"), { name, series: str(p, "series"), period, termStart: str(p, "term-start") ?? null, isDefault: flag(p, "default") });
      return { result, text: () => `Đã tạo sổ đăng ký "${name}".` };
    }
    case "token add": {
      const result = await addToken(store, by, { unitCode: need(p, "unit"), role: need(p, "role"), name: str(p, "name") ?? null });
      return { result, text: (v: { token: string }) => `Mã truy cập (chỉ hiện lần này; gửi trong tiêu đề "Authorization: Bearer …"):\n${v.token}` };
    }
    case "key add":
      return keyAdd(store, by, p);
    default:
      throw new UsageError(`lệnh con không có: "${what}".\n  ${USAGE}`);
  }
}

export default async function admin(argv: string[]): Promise<number> {
  const p = parse(argv, OPTIONS);
  const [head, tail] = p.positionals;
  const what = head === "init" ? "init" : `${head ?? ""} ${tail ?? ""}`.trim();
  // `unit add CODE`, `user add NAME`: the subcommand is two words, the argument follows.
  const parsed: Parsed = head === "init" ? p : { ...p, positionals: p.positionals.slice(1) };
  if (!KNOWN.includes(what)) throw new UsageError(`lệnh con không có: "${what}".\n  ${USAGE}`);
  const store = await storeFromArgs(p);
  if (typeof store === "number") return store;
  try {
    const { result, text } = await run(store, { userId: `cli:${userInfo().username}`, unitId: null }, what, parsed);
    const issues: Issue[] = result.issues;
    if (flag(p, "json")) printJson({ ok: result.ok, ...(result.ok ? { value: result.value } : {}), issues: issues.map((i) => ({ ...i, message: formatIssue(i) })) });
    else if (result.ok) print(text(result.value as never));
    else for (const i of issues) printErr(formatIssue(i));
    return result.ok ? EXIT.ok : EXIT.invalid;
  } catch (err) {
    if (!(err instanceof KeyRefused)) throw err;
    if (flag(p, "json")) printJson({ ok: false, issues: [{ code: err.code, message: err.text }] });
    else printErr(err.text);
    return EXIT.invalid;
  } finally {
    await store.close();
  }
}
