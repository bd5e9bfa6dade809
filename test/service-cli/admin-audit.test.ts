// The admin and audit commands end to end (child processes) on a SQLite folder and on PostgreSQL.
import { spawnSync } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForToken, authenticate, listRegisters } from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { ROOT } from "../helpers/samples.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";

function cli(where: string[], args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, ...args, ...where], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "", CADRE_ADMIN_PASSWORD: "", DATABASE_URL: "", ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function adminCli(open: () => Promise<TestStore>) {
  let t: TestStore;
  let where: string[];
  beforeAll(async () => {
    t = await open();
    where = t.options.databaseUrl ? ["--db", t.options.databaseUrl] : ["--data", t.options.dataDir!];
  });
  afterAll(() => t.cleanup());
  const login = (u: string, p: string) => authenticate(t.store, u, p, { address: "127.0.0.1" });

  it("creates the first administrator once, with the password from --password-env", async () => {
    const r = cli(where, ["admin", "init", "--password-env", "MY_PW"], { MY_PW: "Mật-khẩu-đủ-dài-1" });
    expect(r).toMatchObject({ code: 0, stdout: 'Đã tạo quản trị viên "admin".\n' });
    const good = await login("admin", "Mật-khẩu-đủ-dài-1");
    expect(good.ok && good.value).toMatchObject({ roles: ["admin"], username: "admin" });
    expect((await login("admin", "sai")).ok).toBe(false);
    const again = cli(where, ["admin", "init"], { CADRE_ADMIN_PASSWORD: "x" });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Lỗi: Người dùng "admin" đã có. Hãy dùng tên hoặc mã khác.\n');
    expect(cli(where, ["admin", "init", "--password-env", "UNSET_VAR_X"]).code).toBe(2);
  });

  it("adds a unit, a user with a one-time password, a register and a token", async () => {
    expect(cli(where, ["admin", "unit", "add", "UBND-TH", "--name", "Ủy ban nhân dân tỉnh Thanh Hóa", "--symbol", "UBND"]).code).toBe(0);
    const u = cli(where, ["admin", "user", "add", "vanthu", "--unit", "UBND-TH", "--role", "registrar"]);
    expect(u.code).toBe(0);
    const pw = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(u.stdout)?.[1];
    expect(pw).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await login("vanthu", pw!)).ok).toBe(true);
    const bad = cli(where, ["admin", "user", "add", "x", "--unit", "KHONG-CO", "--role", "registrar"]);
    expect(bad).toMatchObject({ code: 1, stderr: 'Lỗi: Không có đơn vị "KHONG-CO". Hãy tạo trước hoặc kiểm tra lại mã.\n' });
    expect(cli(where, ["admin", "user", "add", "x", "--unit", "UBND-TH", "--role", "boss"]).stderr).toContain('Vai trò "boss" không có');
    expect(cli(where, ["admin", "user", "add", "x", "--role", "drafter"]).code).toBe(2);
    expect(cli(where, ["admin", "register", "add", "--unit", "UBND-TH", "--name", "Sổ văn bản quy phạm pháp luật", "--series", "QPPL"]).code).toBe(0);
    const tok = cli(where, ["admin", "token", "add", "--unit", "UBND-TH", "--role", "drafter", "--name", "Hệ thống một cửa"]);
    const token = tok.stdout.trim().split("\n").at(-1)!;
    const actor = await actorForToken(t.store, token);
    expect(actor).toMatchObject({ roles: ["drafter"], userId: expect.stringMatching(/^token:/) });
    expect(await actorForToken(t.store, `${token}x`)).toBeUndefined();
    expect((await listRegisters(t.store, actor!)).map((r) => [r.name, r.series, r.isDefault])).toEqual([
      ["Sổ đăng ký văn bản đi", "văn bản hành chính", true], ["Sổ văn bản quy phạm pháp luật", "QPPL", false],
    ]);
  });

  it("adds a unit below another with --parent (an admin of the upper unit manages it); an unknown parent is refused", async () => {
    expect(cli(where, ["admin", "unit", "add", "SNV-TH", "--name", "Sở Nội vụ tỉnh Thanh Hóa", "--parent", "UBND-TH"]).code).toBe(0);
    const units = await t.store.db.selectFrom("units").select(["id", "code", "parent_id"]).execute();
    expect(units.find((x) => x.code === "SNV-TH")?.parent_id).toBe(units.find((x) => x.code === "UBND-TH")?.id);
    expect(cli(where, ["admin", "unit", "add", "X-TH", "--name", "X", "--parent", "KHONG-CO"]).stderr).toBe('Lỗi: Không có đơn vị "KHONG-CO". Hãy tạo trước hoặc kiểm tra lại mã.\n');
  });

  it("audit verify holds, then names an edited entry and a deleted last entry (exit 1)", async () => {
    const ok = cli(where, ["audit", "verify"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Nhật ký kiểm tra toàn vẹn: \d+ mục/);
    const actions = await t.store.db.selectFrom("audit_log").select(["id", "action"]).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["admin.unit.add", "admin.user.add", "login", "login_failed", "admin.token.add"]));
    const original = await t.store.db.selectFrom("audit_log").select("detail").where("id", "=", 4).executeTakeFirstOrThrow();
    await sql`update audit_log set detail = ${'{"role":"admin"}'} where id = 4`.execute(t.store.db);
    const broken = cli(where, ["audit", "verify"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      "Lỗi: Nhật ký kiểm tra bị phá vỡ ở mục số 4: nội dung của mục đã bị sửa (mã băm không khớp). Hãy báo ngay cho quản trị; không sửa hay xóa nhật ký, giữ nguyên cơ sở dữ liệu để điều tra.\n",
    );
    const json = JSON.parse(cli(where, ["audit", "verify", "--json"]).stdout) as { ok: boolean; broken: unknown };
    expect(json).toMatchObject({ ok: false, broken: { id: 4, reason: "hash" } });
    await sql`update audit_log set detail = ${original.detail} where id = 4`.execute(t.store.db);
    expect(cli(where, ["audit", "verify"]).code).toBe(0);
    const last = actions.at(-1)!.id;
    await sql`delete from audit_log where id = ${last}`.execute(t.store.db);
    const cut = cli(where, ["audit", "verify"]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(`mục số ${last}: mục cuối của chuỗi không khớp`);
  });

  it("refuses a database made by a newer cadre-docs, in Vietnamese (exit 1)", async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(t.store.db);
    const r = cli(where, ["audit", "verify"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Lỗi: Cơ sở dữ liệu đã được nâng cấp lên phiên bản mới hơn (9999_future)");
  });
}

describe("admin and audit commands on SQLite", () => adminCli(() => sqliteStore()));
describePg("admin and audit commands on PostgreSQL", (url) => adminCli(() => pgStore(url)));
