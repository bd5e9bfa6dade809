// The electronic route through the API: keys added with `admin key add` (sealed at rest), sign, number (the body's signature), issue.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../src/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { makePng, sealImage, signatureImage } from "../helpers/png.js";
import { ROOT } from "../helpers/samples.js";
import { issueCert, p12Of } from "../helpers/test-ca.js";
import { makePki, toolCheck } from "../sign/fixtures.js";
import { harness, login, unit, user, type Harness } from "./harness.js";

const { number: _n, ...record } = (await import("../../inputs/nd30/dieu-dong-mot-nguoi.json", { with: { type: "json" } })).default as Record<string, unknown>;
const pki = makePki();
const pdfsig = toolCheck("pdfsig", "pdfsig checks of the service's signed PDF");
let h: Harness;
const as: Record<string, Record<string, string>> = {};

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, "admin", "key", "add", ...args, "--data", h.dir], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: "", CADRE_KEY_SECRET: "", ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, bytes: Uint8Array) => {
  const path = join(h.dir, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(async () => {
  h = await harness();
  await unit(h.store, "TH");
  for (const [name, role] of [["chuyenvien", "drafter"], ["lanhdao", "approver"], ["phochutich", "approver"], ["vanthu", "registrar"]] as const) await user(h.store, "TH", name, role);
  for (const name of ["chuyenvien", "lanhdao", "phochutich", "vanthu"]) as[name] = await login(h.app, name);
}, 30_000);
afterAll(() => h.close());

const inject = (who: string, method: "GET" | "POST", url: string, payload?: object) => h.app.inject({ method, url, payload, headers: as[who] });

async function approved(): Promise<string> {
  const created = await inject("chuyenvien", "POST", "/api/documents", { record });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json();
  expect((await inject("chuyenvien", "POST", `/api/documents/${id}/actions/submit`, {})).statusCode).toBe(200);
  expect((await inject("lanhdao", "POST", `/api/documents/${id}/actions/approve`, {})).statusCode).toBe(200);
  return id as string;
}

describe("admin key add", () => {
  it("refuses a wrong password, an expired certificate and an opaque seal in Vietnamese, storing nothing", async () => {
    const p12 = file("lanhdao.p12", pki.signerP12);
    const wrong = cli(["--user", "lanhdao", "--p12", p12, "--password-env", "PW", "--image", file("chu-ky.png", signatureImage())], { PW: "sai-mat-khau" });
    expect(wrong).toMatchObject({ code: 1, stdout: "" });
    expect(wrong.stderr).toContain("sai mật khẩu");
    const old = issueCert(pki.ca, "Người Hết Hạn", { from: new Date("2020-01-01"), to: new Date("2021-01-01") });
    const expired = cli(["--user", "lanhdao", "--p12", file("old.p12", p12Of(old, [pki.ca], "pw")), "--password-env", "PW", "--image", file("chu-ky.png", signatureImage())], { PW: "pw" });
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain("đã hết hiệu lực");
    const opaque = cli(["--unit", "TH", "--p12", file("body.p12", pki.bodyP12), "--password-env", "PW", "--seal", file("opaque.png", makePng(100, 100, () => [200, 0, 0, 255], true))], { PW: "mat-khau-2" });
    expect(opaque.code).toBe(1);
    expect(opaque.stderr).toContain("nền trong suốt");
    expect(await h.store.db.selectFrom("signing_keys").select("owner").execute()).toEqual([]);
  });

  it("keeps a good key sealed: the stored bytes are not the .p12 nor hold its password, and the audit names the certificate only", async () => {
    const ok = cli(["--user", "lanhdao", "--p12", file("lanhdao.p12", pki.signerP12), "--password-env", "PW", "--image", file("chu-ky.png", signatureImage())], { PW: "mat-khau-1" });
    expect(ok.stderr).toBe("");
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('Đã lưu khóa ký số của người dùng "lanhdao" (chứng thư: Bùi Thanh Tùng');
    const body = cli(["--unit", "TH", "--p12", file("body.p12", pki.bodyP12), "--password-env", "PW", "--seal", file("dau.png", sealImage())], { PW: "mat-khau-2" });
    expect(body.code, body.stderr).toBe(0);
    const rows = await h.store.db.selectFrom("signing_keys").selectAll().execute();
    expect(rows).toHaveLength(2);
    const signer = rows.find((r) => r.owner.startsWith("user:"))!;
    const sealed = Buffer.from(signer.p12_sealed);
    expect(sealed.equals(Buffer.from(pki.signerP12))).toBe(false);
    expect(sealed.includes(Buffer.from(pki.signerP12).subarray(0, 64))).toBe(false);
    expect(Buffer.from(signer.password_sealed).includes(Buffer.from("mat-khau-1"))).toBe(false);
    const audit = await h.store.db.selectFrom("audit_log").select(["action", "detail"]).where("action", "like", "key_%").execute();
    expect(audit.map((a) => a.action)).toEqual(["key_add", "key_add"]);
    expect(audit.map((a) => a.detail).join("")).not.toMatch(/mat-khau/);
  });
});

describe("the electronic route through the API", () => {
  it("refuses to sign for an approver without a key: a Vietnamese 409, the document stays approved", async () => {
    const id = await approved();
    const r = await inject("phochutich", "POST", `/api/documents/${id}/actions/sign`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toMatch(/chưa có khóa ký số .* nên chưa ký được văn bản/);
    expect((await inject("phochutich", "GET", `/api/documents/${id}`)).json().state).toBe("approved");
  });

  it("signs, numbers with the body's signature and issues: a PDF/A whose two signatures verify and whose text holds the number", async () => {
    const id = await approved();
    const signed = await inject("lanhdao", "POST", `/api/documents/${id}/actions/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().state).toBe("signed");
    const first = (await inject("lanhdao", "GET", `/api/documents/${id}/files/pdf`)).rawPayload;
    const open = (await extractPdfText(new Uint8Array(first))).pages[0]!.items.map((i) => i.str).join(" ");
    expect(open).toMatch(/ngày\s+tháng\s+năm 20\d\d/);
    expect((await verifyPdf(first)).map((s) => s.valid)).toEqual([true]);

    const numbered = await inject("vanthu", "POST", `/api/documents/${id}/actions/number`, {});
    expect(numbered.statusCode, numbered.body).toBe(200);
    expect(numbered.json()).toMatchObject({ state: "numbered", numberText: "01/QĐ-UBND" });
    expect((await inject("vanthu", "POST", `/api/documents/${id}/actions/issue`, {})).json().state).toBe("issued");
    const final = (await inject("vanthu", "GET", `/api/documents/${id}/files/pdf`)).rawPayload;
    expect(final.subarray(0, first.length).equals(first)).toBe(true);
    const reports = await verifyPdf(final);
    expect(reports.map((s) => s.valid)).toEqual([true, true]);
    // The number and date are drawn by the body's revision on the lines of their open places.
    const items = (await extractPdfText(new Uint8Array(final))).pages[0]!.items;
    const at = (re: RegExp) => items.find((i) => re.test(i.str))!;
    const [, month, day] = (numbered.json().issuedDate ?? (await inject("vanthu", "GET", `/api/documents/${id}`)).json().issuedDate).split("-") as string[];
    const number = items.find((i) => i.str === "01")!;
    expect(number.y).toBeCloseTo(at(/\/QĐ-UBND\s*$/).y, 0);
    expect(number.x).toBeLessThan(at(/\/QĐ-UBND\s*$/).x + 60);
    const dateLine = at(/năm 20\d\d\s*$/);
    for (const part of [day!, String(Number(month!) <= 2 ? month : Number(month))]) expect(items.some((i) => i.str === part && Math.abs(i.y - dateLine.y) < 1)).toBe(true);
    expect(final.includes(Buffer.from("pdfaid:part"))).toBe(true);
    if (process.env.KEEP_SIGNED_PDF) writeFileSync(process.env.KEEP_SIGNED_PDF, final);
    if (pdfsig.run) {
      pdfsig.require();
      const path = file("final.pdf", final);
      const out = spawnSync("pdfsig", [path], { encoding: "utf8" }).stdout;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
      expect(out).toContain("Total document signed");
    }
  }, 60_000);
});
