// A bearer token's caller is remembered for 5 s per process: a token revoked in the database is refused at the latest 5 s later.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harness, tokenFor, unit, type Harness } from "./harness.js";

let clock = Date.parse("2026-03-02T03:00:00Z");
let h: Harness;
beforeAll(async () => {
  h = await harness({ now: () => new Date(clock) });
  await unit(h.store, "TH");
});
afterAll(() => h.close());

const whoami = (headers: Record<string, string>) => h.app.inject({ method: "GET", url: "/api/session", headers }).then((r) => r.statusCode);

describe("bearer token cache", () => {
  it("refuses a revoked token within 5 seconds, and at once when the token was never valid", async () => {
    const auth = await tokenFor(h.store, "TH", "drafter");
    expect(await whoami(auth)).toBe(200);
    // Revoked by another process (an administrator's command): this process learns it from the database.
    await h.store.db.updateTable("api_tokens").set({ revoked_at: new Date(clock).toISOString() }).execute();
    clock += 4_900;
    expect(await whoami(auth)).toBe(200);
    clock += 101;
    expect(await whoami(auth)).toBe(401);
    clock += 60_000;
    expect(await whoami(auth)).toBe(401);
    expect(await whoami({ authorization: "Bearer khong-phai-ma-that" })).toBe(401);
  });
});
