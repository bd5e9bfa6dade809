// A drafts job run in this process: run twice on the same records it makes no draft twice (the second rolls back); a cancelled
// batch or an uploader who may no longer draft makes none; a dead job fails only what is left.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import { cancelBatch, DEFAULT_QUEUE_SETTINGS, RENDER_QUEUE, submitBatch, type Queue, type RenderJob, type Store } from "../../src/store/index.js";
import { runDraftJob } from "../../src/worker/draft-job.js";
import { batchOf, type JobContext } from "../../src/worker/job-batch.js";
import { RenderPools } from "../../src/worker/pools.js";
import { runDeadJob } from "../../src/worker/render-job.js";
import { describePg } from "../helpers/pg.js";
import { withQueuedStore } from "../helpers/queued-store.js";
import { unit, user } from "../server/harness.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-draft-job-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = "2026-01-09T08:00:00.000Z";
const { people, ...base } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown> & { people: Array<Record<string, unknown>> };
const records = (n: number) => Array.from({ length: n }, (_, i) => ({ seq: i + 1, data: { ...base, number: 7, people: [{ ...people[0]!, fullName: `Trần Thị Mẫu ${i + 1}` }] } }));

async function drafts(store: Store, queue: Queue, createdBy: string, unitId: string, n: number): Promise<{ id: string; job: { id: string; name: string; data: RenderJob } }> {
  const id = randomUUID();
  await submitBatch(store, queue, { id, unitId, createdBy, mode: "drafts", input: "du-thao.jsonl", settings: { now: NOW, formats: ["docx", "pdf"] }, records: records(n), refused: [] }, DEFAULT_QUEUE_SETTINGS);
  const jobs = await queue.boss.fetch<RenderJob>(RENDER_QUEUE, { batchSize: 10 });
  const job = jobs.find((j) => j.data.batch === id)!;
  return { id, job: { id: job.id, name: RENDER_QUEUE, data: job.data } };
}

const counts = async (store: Store) => ({
  documents: (await store.db.selectFrom("documents").select("id").execute()).length,
  files: (await store.db.selectFrom("document_files").select("sha256").execute()).length,
  creates: (await store.db.selectFrom("audit_log").select("id").where("action", "=", "create").execute()).length,
});

describePg("a drafts job", (serverUrl) => {
  it("makes each pending record's draft once, with its files, at the batch's clock; a second run of the same records makes none", { timeout: 120_000 }, async () => {
    await withQueuedStore(serverUrl, join(dir, "data"), async ({ store, queue }) => {
      const ctx: JobContext = { store, queue, pools: new RenderPools(1, { outDir: store.files.incoming ?? dir }) };
      try {
        const unitId = await unit(store, "TH");
        const drafter = await user(store, "TH", "chuyen.vien", "drafter");
        const a = await drafts(store, queue, drafter, unitId, 3);
        const batch = (await batchOf(store, a.id))!;
        expect(await runDraftJob(ctx, a.job, batch, a.job.data.records)).toEqual({ done: 3, failed: 0 });
        expect(await counts(store)).toEqual({ documents: 3, files: 6, creates: 3 });
        const docs = await store.db.selectFrom("documents").selectAll().execute();
        for (const d of docs) {
          expect(d).toMatchObject({ unit_id: unitId, created_by: drafter, state: "draft", number: null, created_at: NOW });
          expect(JSON.parse(d.record)).not.toHaveProperty("number");
        }
        // The same records once more, as a job whose lease ran out while it worked would: every draft rolls back.
        expect(await runDraftJob(ctx, a.job, batch, a.job.data.records)).toEqual({ done: 0, failed: 0 });
        expect(await counts(store)).toEqual({ documents: 3, files: 6, creates: 3 });
        expect(await store.db.selectFrom("batches").select(["state", "done", "failed"]).where("id", "=", a.id).executeTakeFirstOrThrow()).toEqual({ state: "done", done: 3, failed: 0 });

        // Cancelled before its job ran: nothing is made.
        const c = await drafts(store, queue, drafter, unitId, 2);
        await cancelBatch(store, c.id);
        expect(await runDraftJob(ctx, c.job, (await batchOf(store, c.id))!, c.job.data.records)).toEqual({ done: 0, failed: 0 });
        expect((await counts(store)).documents).toBe(3);

        // The uploader was disabled after the upload: each record is refused in Vietnamese, nothing is made.
        const d = await drafts(store, queue, drafter, unitId, 2);
        await store.db.updateTable("users").set({ disabled: 1 }).where("id", "=", drafter).execute();
        expect(await runDraftJob(ctx, d.job, (await batchOf(store, d.id))!, d.job.data.records)).toEqual({ done: 0, failed: 2 });
        const refused = await store.db.selectFrom("batch_items").select("issues").where("batch_id", "=", d.id).execute();
        expect(formatIssue(JSON.parse(refused[0]!.issues!)[0])).toMatch(/du-thao\.jsonl.*bản ghi \d.*không có quyền tạo/);
        expect((await counts(store)).documents).toBe(3);

        // A dead drafts job fails what is still pending, once.
        await store.db.updateTable("users").set({ disabled: 0 }).where("id", "=", drafter).execute();
        const e = await drafts(store, queue, drafter, unitId, 2);
        expect(await runDeadJob(ctx, e.job)).toEqual({ done: 0, failed: 2 });
        expect(await runDeadJob(ctx, e.job)).toEqual({ done: 0, failed: 0 });
      } finally {
        await ctx.pools.close();
      }
    });
  });
});
