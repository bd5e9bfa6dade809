// Batches on SQLite across a crash: serve killed (SIGKILL) mid-batch, then restarted: drafts resume without making a record
// twice, final batches resume from their manifest; a batch that cannot resume is failed with what was done, in Vietnamese.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { resumeBatches } from "../../src/server/batch-resume.js";
import { tempData, withStore, record } from "./crash-fixtures.js";
import { harness, multipart, tokenFor, unit } from "./harness.js";
import { serveProcess, type ServeProcess } from "./process.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** JSON Lines of `n` decisions told apart by their number, the records in `bad` with an impossible date. */
const lines = (n: number, bad: number[] = []) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ ...record, number: i + 1, ...(bad.includes(i + 1) ? { date: "2026-02-30" } : {}) })).join("\n");

async function upload(s: ServeProcess, auth: Record<string, string>, mode: string, body: string): Promise<string> {
  const { payload, headers } = multipart("lo.jsonl", body);
  const r = await fetch(`${s.url}/api/batches?mode=${mode}`, { method: "POST", headers: { ...auth, ...headers }, body: new Uint8Array(payload) });
  expect(r.status).toBe(202);
  return ((await r.json()) as { id: string }).id;
}

async function finished(s: ServeProcess, auth: Record<string, string>, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const b = (await (await fetch(`${s.url}/api/batches/${id}`, { headers: auth })).json()) as Record<string, unknown>;
    if (b.state !== "running") return b;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("batch still running");
}

const zipNames = async (s: ServeProcess, auth: Record<string, string>, id: string) => {
  const zip = await JSZip.loadAsync(await (await fetch(`${s.url}/api/batches/${id}/files.zip`, { headers: auth })).arrayBuffer());
  return Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
};

/** serve armed to die at a batch's crash point, the upload, the death; then serve again until the batch ends. */
async function crashAndResume(port: string, mode: string, body: string, point: string, after: number) {
  const data = tempData(dirs);
  const auth = await withStore(data, async (st) => {
    await unit(st, "TH");
    return tokenFor(st, "TH", "drafter");
  });
  const args = ["--data", data, "--port", port];
  const first = await serveProcess(args, { CADRE_TEST_CRASH_AT: point, CADRE_TEST_CRASH_AFTER: String(after) });
  const id = await upload(first, auth, mode, body);
  const died = await Promise.race([first.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 60_000))]);
  if (!died) first.child.kill("SIGKILL");
  expect(died?.signal).toBe("SIGKILL");
  const left = await withStore(data, async (st) => ({
    batch: await st.db.selectFrom("batches").select(["state"]).where("id", "=", id).executeTakeFirstOrThrow(),
    documents: (await st.db.selectFrom("documents").select("id").execute()).length,
  }));
  // Final: the records whose two files the manifest proved written when the process died (its appends trail the files).
  const manifest = join(data, "batches", id, "out", "manifest.jsonl");
  const entries = existsSync(manifest) ? readFileSync(manifest, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { record: number }) : [];
  const proved = [...new Set(entries.map((e) => e.record))].filter((r) => entries.filter((e) => e.record === r).length === 2).length;
  const again = await serveProcess(args);
  try {
    const batch = await finished(again, auth, id);
    return { data, id, left, proved, batch, names: await zipNames(again, auth, id) };
  } finally {
    again.child.kill("SIGTERM");
    await again.exited;
  }
}

describe("a drafts batch interrupted by a crash (SQLite)", () => {
  it("resumes at restart: the records made before the kill are not made again", { timeout: 300_000 }, async () => {
    const r = await crashAndResume("18194", "drafts", lines(8, [5]), "batch-draft-committed", 3);
    expect(r.left).toEqual({ batch: { state: "running" }, documents: 3 });
    expect(r.batch).toMatchObject({ state: "done", records: 8, done: 7, failed: 1 });
    const after = await withStore(r.data, async (st) => ({
      documents: (await st.db.selectFrom("documents").select("id").execute()).map((d) => d.id),
      items: await st.db.selectFrom("batch_items").select(["seq", "document_id", "state"]).where("batch_id", "=", r.id).orderBy("seq").execute(),
    }));
    expect(after.documents).toHaveLength(7);
    expect(after.items.map((i) => [Number(i.seq), i.state])).toEqual([[1, "done"], [2, "done"], [3, "done"], [4, "done"], [5, "failed"], [6, "done"], [7, "done"], [8, "done"]]);
    expect(new Set(after.items.map((i) => i.document_id).filter(Boolean))).toEqual(new Set(after.documents));
    expect(r.names.filter((n) => n.endsWith(".pdf"))).toHaveLength(7);
  });
});

describe("a final batch interrupted by a crash (SQLite)", () => {
  it("resumes at restart from its manifest: every valid record once in files.zip, the documents written before kept", { timeout: 300_000 }, async () => {
    const r = await crashAndResume("18195", "final", lines(10, [4]), "batch-final-progress", 3);
    expect(r.left.batch.state).toBe("running");
    expect(r.batch).toMatchObject({ state: "done", records: 10, done: 9, failed: 1 });
    expect(r.names.filter((n) => n.endsWith(".pdf"))).toHaveLength(9);
    expect(r.names.filter((n) => n.endsWith(".docx"))).toHaveLength(9);
    expect(r.names.filter((n) => !/\.(pdf|docx)$/.test(n))).toEqual([]);
    const report = JSON.parse(readFileSync(join(r.data, "batches", r.id, "out", "report.json"), "utf8")) as { resumed: boolean; counts: Record<string, number> };
    expect(report.resumed).toBe(true);
    expect(report.counts.documents).toBe(9);
    // Documents the manifest proved written before the kill are kept, not rendered again.
    expect(report.counts.skipped).toBe(r.proved);
  });
});

describe("a batch that cannot resume", () => {
  it("is failed with a Vietnamese detail naming why and what was done", async () => {
    const h = await harness({ batchWorkers: 1 });
    try {
      const unitId = await unit(h.store, "TH");
      const auth = await tokenFor(h.store, "TH", "drafter");
      const at = new Date().toISOString();
      const id = "6f1d9c0e-8a4b-4c2d-9e3f-0a1b2c3d4e5f";
      await h.store.db.insertInto("batches").values({ id, unit_id: unitId, created_by: "token:khong-con", mode: "final", state: "running", records: 12, done: 5, failed: 0, detail: null, created_at: at, updated_at: at }).execute();
      mkdirSync(join(h.dir, "batches"), { recursive: true });
      const r = await resumeBatches({ store: h.store, settings: { now: () => new Date() }, workDir: join(h.dir, "batches"), log: { info: () => undefined } as never });
      expect(r).toEqual({ resumed: [], failed: [id] });
      const b = (await h.app.inject({ method: "GET", url: `/api/batches/${id}`, headers: auth })).json() as { state: string; detail: { message: string } };
      expect(b.state).toBe("failed");
      expect(b.detail.message).toMatch(/bị dừng giữa chừng .*không còn tệp tải lên của lô.*đã xong 5\/12 bản ghi/);
    } finally {
      await h.close();
    }
  });
});
