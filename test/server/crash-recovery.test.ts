// A `serve` process killed (SIGKILL) at the exact instants a crash used to hurt: a create under an Idempotency-Key, and the
// numbering of a signed document before its body signature; a restart replays the answer and completes the signature.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../src/index.js";
import { bodySignaturesDue } from "../../src/workflow/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { makePki, toolCheck } from "../sign/fixtures.js";
import { addKeys, approvedDocument, office, record, tempData, withStore } from "./crash-fixtures.js";
import { serveProcess, type ServeProcess } from "./process.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const pdfsig = toolCheck("pdfsig", "pdfsig check of a body signature completed after a crash");

const post = (s: ServeProcess, path: string, headers: Record<string, string>, body: unknown) =>
  fetch(`${s.url}${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });

/** Starts serve armed to die at `point`, sends the request, checks the process died by SIGKILL without answering. */
async function crashOn(data: string, port: string, point: string, send: (s: ServeProcess) => Promise<Response>): Promise<void> {
  const s = await serveProcess(["--data", data, "--port", port], { CADRE_TEST_CRASH_AT: point });
  const answer = await send(s).then((r) => r.status, () => "no answer");
  expect(answer).toBe("no answer");
  expect((await s.exited).signal).toBe("SIGKILL");
}

async function restarted<T>(data: string, port: string, fn: (s: ServeProcess) => Promise<T>): Promise<T> {
  const s = await serveProcess(["--data", data, "--port", port]);
  try {
    return await fn(s);
  } finally {
    s.child.kill("SIGTERM");
    await s.exited;
  }
}

const count = (data: string) => withStore(data, async (st) => (await st.db.selectFrom("documents").select("id").execute()).length);

describe("Idempotency-Key across a crash (SQLite, a real serve process)", () => {
  it("a kill after the create committed: the retry replays the kept 201 and no second draft is made", { timeout: 300_000 }, async () => {
    const data = tempData(dirs);
    const o = await withStore(data, office);
    const key = { ...o.headers.drafter, "idempotency-key": "tao-du-thao-1" };
    await crashOn(data, "18190", "create-committed", (s) => post(s, "/api/documents", key, { record }));
    expect(await count(data)).toBe(1);
    const retry = await restarted(data, "18190", async (s) => {
      const r = await post(s, "/api/documents", key, { record });
      return { status: r.status, replayed: r.headers.get("idempotent-replayed"), body: (await r.json()) as { id: string; state: string } };
    });
    expect(retry).toMatchObject({ status: 201, replayed: "true", body: { state: "draft" } });
    const ids = await withStore(data, async (st) => (await st.db.selectFrom("documents").select("id").execute()).map((r) => r.id));
    expect(ids).toEqual([retry.body.id]);
  });

  it("a kill inside the create's transaction: nothing committed, and the retry right after the restart makes the one draft", { timeout: 300_000 }, async () => {
    const data = tempData(dirs);
    const o = await withStore(data, office);
    const key = { ...o.headers.drafter, "idempotency-key": "tao-du-thao-2" };
    await crashOn(data, "18191", "idempotency-keep", (s) => post(s, "/api/documents", key, { record }));
    expect(await count(data)).toBe(0);
    const statuses = await restarted(data, "18191", async (s) => {
      const first = await post(s, "/api/documents", key, { record });
      const again = await post(s, "/api/documents", key, { record });
      return [first.status, again.status, again.headers.get("idempotent-replayed")];
    });
    expect(statuses).toEqual([201, 201, "true"]);
    expect(await count(data)).toBe(1);
  });
});

describe("numbering a signed document across a crash (SQLite, a real serve process)", () => {
  it("a kill between the number and the body's signature: the restart completes the signed PDF with the number, both signatures valid", { timeout: 300_000 }, async () => {
    const data = tempData(dirs);
    const pki = makePki();
    const { o, id } = await withStore(data, async (st) => {
      const o = await office(st);
      await addKeys(st, pki);
      return { o, id: await approvedDocument(st, o, true) };
    });
    await crashOn(data, "18192", "number-signed-committed", (s) => post(s, `/api/documents/${id}/actions/number`, o.headers.registrar, {}));
    const left = await withStore(data, async (st) => ({ doc: await st.db.selectFrom("documents").select(["state", "number"]).where("id", "=", id).executeTakeFirstOrThrow(), due: await bodySignaturesDue(st) }));
    expect(left.doc).toMatchObject({ state: "numbered", number: 1 });
    expect(left.due.map((d) => d.id)).toEqual([id]);

    const pdf = await restarted(data, "18192", async (s) => {
      const r = await fetch(`${s.url}/api/documents/${id}/files/pdf`, { headers: o.headers.registrar });
      expect(r.status).toBe(200);
      return new Uint8Array(await r.arrayBuffer());
    });
    const reports = await verifyPdf(pdf);
    expect(reports.map((r) => [r.role, r.valid, r.certificateValid])).toEqual([["signer", true, true], ["body", true, true]]);
    expect(reports[1]!.coversWholeFile).toBe(true);
    // The body's revision draws the number on the line of its open place, right before the symbol.
    const items = (await extractPdfText(pdf)).pages[0]!.items;
    const symbol = items.find((i) => /\/QĐ-UBND\s*$/.test(i.str))!;
    expect(items.some((i) => i.str === "01" && Math.abs(i.y - symbol.y) < 1 && i.x < symbol.x + 60)).toBe(true);
    const after = await withStore(data, async (st) => ({
      due: await bodySignaturesDue(st),
      audit: (await st.db.selectFrom("audit_log").select("action").where("document_id", "=", id).execute()).map((a) => a.action),
    }));
    expect(after.due).toEqual([]);
    expect(after.audit.filter((a) => a === "body_sign_recovered")).toHaveLength(1);
    if (pdfsig.run) {
      pdfsig.require();
      const path = join(data, "healed.pdf");
      writeFileSync(path, pdf);
      const out = spawnSync("pdfsig", [path], { encoding: "utf8" }).stdout;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
      expect(out).toContain("Total document signed");
    }
  });
});
