// `cadre-docs serve` on a fresh data folder: creates and migrates it, prints the first administrator's one-time password, stops on SIGTERM after requests in flight, exit 0.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cadre-docs serve", () => {
  // Two starts; the first with a render thread (its warm-up makes a start from source take 15-20 s on the loaded 2-core machine).
  it("starts on a fresh folder, lets the first admin in, finishes a request in flight on SIGTERM and exits 0", { timeout: 240_000 }, async () => {
    const p = await serveProcess(["--data", join(dir, "data"), "--port", "18081", "--render-workers", "1"]);
    const password = /Mật khẩu một lần: (\S+)/.exec(p.stderr())?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await fetch(`${p.url}/healthz`)).status).toBe(200);
    const login = await fetch(`${p.url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password }) });
    expect(login.status).toBe(200);
    expect(login.headers.get("set-cookie")).toMatch(/cadre_session=.*HttpOnly.*SameSite=Strict/i);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const record = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as object;
    // An admin may preview; the request is in flight when the signal arrives.
    const inFlight = fetch(`${p.url}/api/preview`, { method: "POST", headers: { "content-type": "application/json", cookie, "x-requested-with": "cadre-docs" }, body: JSON.stringify({ record }) });
    await new Promise((r) => setTimeout(r, 5));
    p.child.kill("SIGTERM");
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(await p.exited).toEqual({ code: 0, signal: null });
    // A second start finds the administrator and prints no password.
    const again = await serveProcess(["--data", join(dir, "data"), "--port", "18081"]);
    expect(again.stderr()).not.toContain("Mật khẩu một lần");
    again.child.kill("SIGINT");
    expect((await again.exited).code).toBe(0);
  });
});
