// The server secret and the sealing of private keys: CADRE_KEY_SECRET or a 0600 key file; a wrong secret or owner cannot open.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KEY_FILE, serverSecret } from "../../src/workflow/index.js";
import { seal, unseal } from "../../src/workflow/key-vault.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-vault-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("server secret", () => {
  it("creates a 32-byte key file with mode 0600 once and reads the same key after", () => {
    const a = serverSecret(dir, {});
    expect(a).toHaveLength(32);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(serverSecret(dir, {}).equals(a)).toBe(true);
  });

  it("takes CADRE_KEY_SECRET first (64 hex digits as the key, other text hashed)", () => {
    expect(serverSecret(dir, { CADRE_KEY_SECRET: "ab".repeat(32) }).toString("hex")).toBe("ab".repeat(32));
    expect(serverSecret(dir, { CADRE_KEY_SECRET: "mot cau bi mat" })).toHaveLength(32);
  });

  it("seals with AES-256-GCM: the same secret and owner open it, another secret or owner cannot", () => {
    const secret = serverSecret(dir, {});
    const sealed = seal(secret, Buffer.from("noi dung p12"), "user:1:p12");
    expect(sealed.includes(Buffer.from("noi dung p12"))).toBe(false);
    expect(unseal(secret, sealed, "user:1:p12").toString()).toBe("noi dung p12");
    expect(() => unseal(secret, sealed, "user:2:p12")).toThrow();
    expect(() => unseal(serverSecret(dir, { CADRE_KEY_SECRET: "khac" }), sealed, "user:1:p12")).toThrow();
  });
});
