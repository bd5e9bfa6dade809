// An internal error answers 500 with an id that the server's log holds beside the stack; the client sees no stack.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harness, type Harness } from "./harness.js";

const lines: string[] = [];
const stream = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  },
});
let h: Harness;
beforeAll(async () => {
  h = await harness({ logger: { level: "error", stream } });
  h.app.get("/boom", async () => {
    throw new Error("secret detail at /srv/cadre/db.ts:42");
  });
});
afterAll(() => h.close());

describe("internal errors", () => {
  it("answers 500 with an error id in Vietnamese and logs the stack under that id", async () => {
    const res = await h.app.inject({ method: "GET", url: "/boom" });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.message).toBe(`Lỗi: Có lỗi nội bộ của máy chủ (không phải lỗi dữ liệu), mã lỗi ${body.errorId}. Hãy thử lại; nếu vẫn lỗi, báo mã lỗi này cho quản trị viên.`);
    expect(res.body).not.toContain("secret detail");
    expect(res.body).not.toContain("db.ts");
    const logged = lines.map((l) => JSON.parse(l) as { errorId?: string; err?: { stack?: string } }).find((l) => l.errorId === body.errorId);
    expect(logged?.err?.stack).toContain("secret detail at /srv/cadre/db.ts:42");
  });
});
