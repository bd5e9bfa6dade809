// `cadre-docs sign` and `verify` as a clerk or a script runs them: files in, files out, Vietnamese, exit codes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { sealImage, signatureImage } from "../helpers/png.js";
import { loadP12 } from "../../src/index.js";
import { signDigest } from "../../src/sign/cms.js";
import { makeCa } from "../helpers/test-ca.js";
import { decisionPdf, makePki } from "./fixtures.js";

const pki = makePki();
const dir = mkdtempSync(join(tmpdir(), "cadre-sign-cli-"));
const f = (name: string) => join(dir, name);

function setUp(pdf: Uint8Array): void {
  writeFileSync(f("qd.pdf"), pdf);
  writeFileSync(f("nguoi-ky.p12"), pki.signerP12);
  writeFileSync(f("co-quan.p12"), pki.bodyP12);
  writeFileSync(f("chu-ky.png"), signatureImage());
  writeFileSync(f("dau.png"), sealImage());
  writeFileSync(f("ca.pem"), pki.ca.certPem);
}

const withPasswords = () => {
  process.env.MK_NGUOI_KY = "mat-khau-1";
  process.env.MK_CO_QUAN = "mat-khau-2";
};

describe("cadre-docs sign / verify", () => {
  it("signs as the signer, then as the body, and verify says both are valid", async () => {
    setUp(await decisionPdf());
    withPasswords();
    const a = runCli(["sign", f("qd.pdf"), "--out", f("qd-ky.pdf"), "--p12", f("nguoi-ky.p12"), "--password-env", "MK_NGUOI_KY", "--image", f("chu-ky.png")]);
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("Đã ký chữ ký của người có thẩm quyền");
    const b = runCli(["sign", f("qd-ky.pdf"), "--out", f("qd-ban-hanh.pdf"), "--as", "body", "--p12", f("co-quan.p12"), "--password-env", "MK_CO_QUAN", "--seal", f("dau.png")]);
    expect(b.code).toBe(0);
    const v = runCli(["verify", f("qd-ban-hanh.pdf"), "--trust", f("ca.pem")]);
    expect(v.code).toBe(0);
    expect(v.stdout.match(/Kết quả: HỢP LỆ, chứng thư số được tin cậy/g)).toHaveLength(2);
    expect(v.stdout).toContain("Người ký: Bùi Thanh Tùng");
    expect(v.stdout).toContain("Chữ ký bao trùm toàn bộ tệp");
    const json = JSON.parse(runCli(["verify", f("qd-ban-hanh.pdf"), "--json"]).stdout);
    expect(json.ok).toBe(true);
    expect(json.signatures).toHaveLength(2);
  });

  it("a wrong password: exit 1, a Vietnamese message, no file written", async () => {
    setUp(await decisionPdf());
    process.env.MK_SAI = "nham";
    const r = runCli(["sign", f("qd.pdf"), "--out", f("khong-co.pdf"), "--p12", f("nguoi-ky.p12"), "--password-env", "MK_SAI", "--image", f("chu-ky.png")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Không ký được, tệp không bị thay đổi. Tệp khóa ${f("nguoi-ky.p12")}: sai mật khẩu.`);
    expect(existsSync(f("khong-co.pdf"))).toBe(false);
  });

  it("verify of a changed file exits 1 and says what is wrong", async () => {
    setUp(await decisionPdf());
    withPasswords();
    runCli(["sign", f("qd.pdf"), "--out", f("qd-ky2.pdf"), "--p12", f("nguoi-ky.p12"), "--password-env", "MK_NGUOI_KY", "--image", f("chu-ky.png")]);
    const bytes = readFileSync(f("qd-ky2.pdf"));
    bytes[bytes.indexOf("(cadre-docs)") + 1] = "C".charCodeAt(0);
    writeFileSync(f("qd-sua.pdf"), bytes);
    const v = runCli(["verify", f("qd-sua.pdf")]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain("Kết quả: KHÔNG HỢP LỆ");
    expect(v.stdout).toContain("Lỗi: nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp)");
  });

  it("verify of an unsigned file exits 1", async () => {
    setUp(await decisionPdf());
    const v = runCli(["verify", f("qd.pdf")]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain("tệp không có chữ ký số nào");
  });

  it("sign --prepare, a device's CMS, then --complete --trust: refused for a root it does not chain to, accepted for its own", async () => {
    setUp(await decisionPdf());
    const p = runCli(["sign", f("qd.pdf"), "--out", f("qd-cho-ky.pdf"), "--prepare", "--image", f("chu-ky.png")]);
    expect(p.code).toBe(0);
    const handle = JSON.parse(readFileSync(f("qd-cho-ky.pdf.ky.json"), "utf8")) as { digest: string };
    const signer = loadP12(pki.signerP12, "mat-khau-1");
    writeFileSync(f("chu-ky.p7s"), signDigest(Buffer.from(handle.digest, "hex"), signer.key, signer.chain, new Date()));
    writeFileSync(f("goc-khac.pem"), makeCa("Tổ chức chứng thực khác").certPem);
    const complete = (trust: string, out: string) => runCli(["sign", f("qd-cho-ky.pdf"), "--complete", "--cms", f("chu-ky.p7s"), "--trust", f(trust), "--out", f(out)]);
    const refused = complete("goc-khac.pem", "khong-ky.pdf");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Chứng thư số của người ký (Bùi Thanh Tùng) không do tổ chức chứng thực được tin cậy cấp");
    expect(existsSync(f("khong-ky.pdf"))).toBe(false);
    const done = complete("ca.pem", "qd-da-ky.pdf");
    expect(done.code).toBe(0);
    expect(runCli(["verify", f("qd-da-ky.pdf"), "--trust", f("ca.pem")]).stdout).toContain("Kết quả: HỢP LỆ, chứng thư số được tin cậy");
    const missing = runCli(["sign", f("qd-cho-ky.pdf"), "--complete", "--cms", f("chu-ky.p7s"), "--trust", f("khong-co.pem"), "--out", f("x.pdf")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`không đọc được tệp --trust ${f("khong-co.pem")} (không có tệp này)`);
  });
});
