// The Quản trị screen in Chromium (called from web.test.ts, which owns the one site and build): an admin adds a user who then
// logs in with the one-time password, and a token that then answers; a drafter sees no Quản trị and the API refuses; axe-core per tab.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { signatureImage } from "../helpers/png.js";
import { makePki } from "../sign/fixtures.js";
import { loginAs, seriousViolations, type Site } from "./browser.js";

const TABS = ["Đơn vị", "Người dùng", "Sổ văn bản", "Khóa ký số và hình ảnh chữ ký/con dấu", "Mã truy cập API"];

/** Opens a tab; `rows`: waits for its list to arrive (a list of tokens or keys may be empty). */
async function openTab(page: Page, name: string, rows = false): Promise<void> {
  await page.click(`[role=tab]:text-is('${name}')`);
  await page.waitForSelector(`[role=tab][aria-selected=true]:text-is('${name}')`);
  await page.waitForSelector(rows ? "[role=tabpanel] table.list tbody tr" : "[role=tabpanel] table.list");
}

export function adminScreenTests(site: () => Site, shot: (page: Page, name: string) => Promise<void>): void {
  it("Quản trị: an admin adds a user (who logs in with the one-time password) and an API token (which answers); axe-core on every tab", async () => {
    const admin = await loginAs(site(), "quantri");
    await admin.click("nav a:text-is('Quản trị')");
    await admin.waitForSelector("h1:text-is('Quản trị')");
    await openTab(admin, "Đơn vị", true);
    await shot(admin, "quan-tri");

    await openTab(admin, "Người dùng", true);
    await admin.fill("#user-name", "nguyenvanbinh");
    await admin.fill("#user-display", "Nguyễn Văn Bình");
    await admin.selectOption("#user-unit", "TH");
    await admin.selectOption("#user-role", "drafter");
    await admin.click("button:text-is('Thêm người dùng')");
    const password = ((await admin.textContent(".secret-value", { timeout: 15_000 })) ?? "").trim();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await admin.waitForSelector("table.list td:text-is('Nguyễn Văn Bình')");
    await shot(admin, "quan-tri-nguoi-dung");
    const context = await site().browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const newcomer = await context.newPage();
    await newcomer.goto(`${site().url}/`);
    await newcomer.fill("#username", "nguyenvanbinh");
    await newcomer.fill("#password", password);
    await newcomer.click("button[type=submit]");
    await newcomer.waitForSelector("h1:text-is('Văn bản')");
    expect(await newcomer.textContent("header .who")).toContain("Chuyên viên");

    await openTab(admin, "Mã truy cập API");
    await admin.fill("#token-name", "Hệ thống một cửa");
    await admin.selectOption("#token-unit", "TH");
    await admin.selectOption("#token-role", "registrar");
    await admin.click("button:text-is('Cấp mã')");
    const token = ((await admin.textContent(".secret-value", { timeout: 15_000 })) ?? "").trim();
    expect(token).toMatch(/^cdt_/);
    const answer = await admin.request.get(`${site().url}/api/registers`, { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status()).toBe(200);
    await shot(admin, "quan-tri-ma-truy-cap");

    for (const tab of TABS) {
      await openTab(admin, tab);
      expect((await seriousViolations(admin)).join("\n"), `Quản trị › ${tab}`).toBe("");
    }
  });

  it("Quản trị: a signer's key is uploaded from the browser (.p12 and PNG, base64 in JSON); a wrong password is refused in Vietnamese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cadre-web-key-"));
    const [p12, png] = [join(dir, "lanhdao.p12"), join(dir, "chu-ky.png")];
    writeFileSync(p12, makePki().signerP12);
    writeFileSync(png, signatureImage());
    const admin = await loginAs(site(), "quantri");
    await admin.goto(`${site().url}/quan-tri?muc=khoa-ky-so`);
    await admin.waitForSelector("#key-name option[value='lanhdao']", { state: "attached" });
    await admin.selectOption("#key-name", "lanhdao");
    await admin.setInputFiles("#key-p12", p12);
    await admin.setInputFiles("#key-image", png);
    await admin.fill("#key-password", "sai-mat-khau");
    await admin.click("button:text-is('Lưu khóa')");
    expect(await admin.textContent(".banner.error", { timeout: 15_000 })).toContain("Tệp khóa lanhdao.p12: sai mật khẩu");
    await admin.fill("#key-password", "mat-khau-1");
    await admin.click("button:text-is('Lưu khóa')");
    await admin.waitForSelector("table.list td:text-is('Người ký: lanhdao')", { timeout: 15_000 });
    expect(await admin.textContent(".banner.ok")).toContain("Bùi Thanh Tùng");
  });

  it("Quản trị: a drafter is not offered the screen, and the admin API refuses them (403, in Vietnamese)", async () => {
    const drafter = await loginAs(site(), "chuyenvien");
    expect(await drafter.locator("nav a:text-is('Quản trị')").count()).toBe(0);
    await drafter.goto(`${site().url}/quan-tri?muc=nguoi-dung`);
    await drafter.waitForSelector("h1:text-is('Văn bản')");
    expect(await drafter.locator("[role=tablist]").count()).toBe(0);
    const refused = await drafter.request.get(`${site().url}/api/admin/users`);
    expect(refused.status()).toBe(403);
    expect((await refused.json()).message).toContain("dành cho quản trị viên");
  });
}
