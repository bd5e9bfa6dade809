// Queued batches in the database: a job committed twice counts once, a cancelled batch counts nothing more, a dead job fails only what is left.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import { cancelBatch, commitRecords, pendingRecords, submitBatch, DEFAULT_QUEUE_SETTINGS, RENDER_QUEUE, type RecordOutcome } from "../../src/store/index.js";
import { describePg } from "../helpers/pg.js";
import { withQueuedStore } from "../helpers/queued-store.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-batch-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (seq: number): NonNullable<RecordOutcome["files"]>[number] => ({ format: "pdf", stem: `quyet-dinh-${seq}`, sha256: String(seq).padStart(64, "0"), size: 10, kind: "rotation-decision", version: "v1", profile: "nd30", pages: 1, record_hash: "h" });

describePg("queued batches in the database", (serverUrl) => {
  it("counts each record once, whatever runs twice, and stops counting when cancelled", { timeout: 60_000 }, async () => {
    await withQueuedStore(serverUrl, dir, async ({ store, queue }) => {
      const id = randomUUID();
      const records = Array.from({ length: 120 }, (_, i) => ({ seq: i + 1, data: { n: i + 1 } }));
      await submitBatch(store, queue, { id, unitId: null, createdBy: "test", mode: "final", input: "a.jsonl", settings: { now: "2026-01-09T08:00:00.000Z", formats: ["pdf"] }, records, refused: [{ seq: 121, issues: [] }] }, DEFAULT_QUEUE_SETTINGS);
      // 120 records: three jobs of at most 50.
      const jobs = (await queue.boss.fetch<{ batch: string; records: typeof records }>(RENDER_QUEUE, { batchSize: 10 })).sort((x, y) => x.data.records[0]!.seq - y.data.records[0]!.seq);
      expect(jobs.map((j) => j.data.records.length)).toEqual([50, 50, 20]);
      const [first, second, third] = jobs;
      const ok = (seqs: number[]): RecordOutcome[] => seqs.map((seq) => ({ seq, issues: [], files: [file(seq)] }));
      expect(await commitRecords(store, queue, { name: RENDER_QUEUE, id: first!.id }, id, ok(first!.data.records.map((r) => r.seq)))).toEqual({ done: 50, failed: 0 });
      // The same job run again (its lease expired while it ran): nothing counted twice, no second file row.
      expect(await commitRecords(store, queue, { name: RENDER_QUEUE, id: first!.id }, id, ok(first!.data.records.map((r) => r.seq)))).toEqual({ done: 0, failed: 0 });
      expect(await pendingRecords(store, { batch: id, records: first!.data.records })).toEqual([]);
      const bad: RecordOutcome = { seq: 51, issues: [{ code: "required", path: ["people", 0, "birthDate"], params: {}, severity: "error" }] };
      expect(await commitRecords(store, queue, { name: RENDER_QUEUE, id: second!.id }, id, [bad, ...ok([52, 53])])).toEqual({ done: 2, failed: 1 });
      const said = await cancelBatch(store, id);
      expect(said).toEqual({ state: "cancelled", records: 121, done: 52, failed: 2, cancelled: 67 });
      // A job finishing after the cancel counts nothing.
      expect(await commitRecords(store, queue, { name: RENDER_QUEUE, id: third!.id }, id, ok(third!.data.records.map((r) => r.seq)))).toEqual({ done: 0, failed: 0 });
      const row = await store.db.selectFrom("batches").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect([row.state, Number(row.done), Number(row.failed)]).toEqual(["cancelled", 52, 2]);
      const files = await store.db.selectFrom("batch_files").select("seq").where("batch_id", "=", id).execute();
      expect(files.length).toBe(52);
    });
  });

  it("turns a batch done with its last record, and words a dead job's records in Vietnamese", { timeout: 60_000 }, async () => {
    await withQueuedStore(serverUrl, dir, async ({ store, queue }) => {
      const id = randomUUID();
      await submitBatch(store, queue, { id, unitId: null, createdBy: "test", mode: "final", input: "b.jsonl", settings: { now: "2026-01-09T08:00:00.000Z", formats: ["pdf"] }, records: [{ seq: 1, data: {} }, { seq: 2, data: {} }], refused: [] }, DEFAULT_QUEUE_SETTINGS);
      const [job] = await queue.boss.fetch(RENDER_QUEUE);
      await commitRecords(store, queue, { name: RENDER_QUEUE, id: job!.id }, id, [{ seq: 1, issues: [], files: [file(1)] }]);
      expect((await store.db.selectFrom("batches").select("state").where("id", "=", id).executeTakeFirstOrThrow()).state).toBe("running");
      const dead = { code: "render_retries_exhausted" as const, path: [], params: { tries: 3 }, severity: "error" as const, source: { file: "b.jsonl", record: 2 } };
      await commitRecords(store, queue, { name: RENDER_QUEUE, id: job!.id }, id, [{ seq: 2, issues: [dead] }], false);
      expect((await store.db.selectFrom("batches").select(["state", "done", "failed"]).where("id", "=", id).executeTakeFirstOrThrow())).toEqual({ state: "done", done: 1, failed: 1 });
      expect(formatIssue(dead)).toContain("sau 3 lần thử");
    });
  });
});
