// Debian's Chromium driven by playwright-core against a real server on a loopback port, over a fresh SQLite store.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { ROOT } from "../helpers/samples.js";
import { unit, user } from "../server/harness.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const required = process.env.CADRE_REQUIRE_TOOLS === "1";
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !required) console.warn(`Browser tests skipped: Chromium not found at ${CHROMIUM}`);
export const runBrowser = haveChromium || required;
export function requireChromium(): void {
  if (!haveChromium) expect.fail(`Chromium is not at ${CHROMIUM} and CADRE_REQUIRE_TOOLS=1`);
}

/** The web app is built once per test run (vite build into dist/web). */
export function buildWeb(): void {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "src/web/vite.config.ts", "--logLevel", "error"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr}`);
}

export const PASSWORD = "mat-khau-thu-nghiem";

export interface Site {
  url: string;
  store: Store;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  buildWeb();
  const dir = mkdtempSync(join(tmpdir(), "cadre-web-"));
  const store = await openStore({ dataDir: dir });
  const app = await buildServer({ store, warm: true, workDir: join(dir, "batches") });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await unit(store, "TH");
  await unit(store, "HN");
  for (const [name, role] of [["chuyenvien", "drafter"], ["chuyenvien2", "drafter"], ["lanhdao", "approver"], ["vanthu", "registrar"], ["quantri", "admin"]] as const) await user(store, "TH", name, role, PASSWORD);
  await user(store, "HN", "chuyenvien-hn", "drafter", PASSWORD);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    // playwright-core starts each launch with a fresh, temporary user-data-dir of its own.
  });
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

export async function loginAs(site: Site, username: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, locale: "vi-VN" });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  await page.goto(`${site.url}/`);
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForSelector("h1:text-is('Văn bản')");
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core over the page as it is: the serious and critical violations (ids and the elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return axe.run();
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The preview's text once it holds `text` (pdf.js's text of the rendered pages). */
export async function previewShows(page: Page, text: string, timeout = 20_000): Promise<void> {
  // A function, not a string: the app's CSP forbids eval. The test's own types are Node's, hence the cast.
  await page.waitForFunction(
    (t) => {
      type El = { dataset: Record<string, string | undefined> };
      const doc = (globalThis as unknown as { document: { querySelector(s: string): El | null } }).document;
      return doc.querySelector("[data-testid=preview]")?.dataset.text?.includes(t) ?? false;
    },
    text,
    { timeout },
  );
}
