// A drafts batch uploaded on PostgreSQL, made by two real workers, one SIGKILLed right after a draft's commit in the middle of its jobs:
// each valid record exactly one draft of the uploader's unit (documents, files in the store, items and counts agree), each bad record reported once.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, expect, it } from "vitest";
import { openQueue, type Queue } from "../../src/store/index.js";
import { verifyAudit } from "../../src/workflow/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { harness, login, multipart, unit, user, waitBatch, type Harness } from "../server/harness.js";
import { workerProcess, writeRecords, type WorkerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-drafts-fleet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RECORDS = 120;

const stopAll = async (workers: WorkerProcess[]) => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
  return Promise.all(workers.map((w) => w.exited));
};

const personOf = (record: string): string => /Nguyễn Văn Thử (\d+)/.exec(record)![1]!;

describePg("drafts batches through the render queue", (serverUrl) => {
  it(`makes ${RECORDS} records' drafts over two workers, one killed mid-job: each valid record one draft with its files`, { timeout: 300_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    const queue: Queue = await openQueue(db.url, { maintenanceSeconds: 1 });
    let h: Harness | undefined;
    const workers: WorkerProcess[] = [];
    try {
      h = await harness({ databaseUrl: db.url, queue, queueSettings: { expireSeconds: 8, tries: 3 } });
      await unit(h.store, "TH");
      await unit(h.store, "HN");
      const drafter = await user(h.store, "TH", "chuyen.vien", "drafter");
      await user(h.store, "HN", "ngoai.don.vi", "drafter");
      const me = await login(h.app, "chuyen.vien");
      const input = join(dir, "du-thao.jsonl");
      const bad = writeRecords(input, RECORDS, 25);
      const args = ["--db", db.url, "--data", h.dir, "--threads", "1"];
      // The first worker dies (SIGKILL) right after committing its 10th draft: whichever jobs it holds (the smallest has 20
      // valid records), records are still pending in them.
      workers.push(...(await Promise.all([
        workerProcess(args, { CADRE_QUEUE_CHECK_SECONDS: "1", CADRE_TEST_CRASH_AT: "batch-draft-committed", CADRE_TEST_CRASH_AFTER: "10" }),
        workerProcess(args, { CADRE_QUEUE_CHECK_SECONDS: "1" }),
      ])));
      const { payload, headers } = multipart("du-thao.jsonl", readFileSync(input));
      const res = await h.app.inject({ method: "POST", url: "/api/batches?mode=drafts", headers: { ...me, ...headers }, payload });
      expect(res.statusCode, res.body).toBe(202);
      const id = res.json().id as string;
      const b = await waitBatch(h.app, id, me, 240_000);
      expect(await workers[0]!.exited).toMatchObject({ signal: "SIGKILL" });
      const valid = Array.from({ length: RECORDS }, (_, i) => i + 1).filter((n) => !bad.includes(n));
      expect(b).toMatchObject({ state: "done", mode: "drafts", records: RECORDS, done: valid.length, failed: bad.length });
      // Every draft is made at the batch's clock (the upload's time), whichever worker and try made it.
      const clock = (JSON.parse((await h.store.db.selectFrom("batches").select("settings").where("id", "=", id).executeTakeFirstOrThrow()).settings!) as { now: string }).now;
      // The killed worker's jobs expired and were tried again.
      const retried = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'cadre-render' and retry_count > 0`.execute(h.store.db);
      expect(Number(retried.rows[0]!.n)).toBeGreaterThan(0);

      // Items: each valid record done with its own draft, each bad one failed once with its issue.
      const items = await h.store.db.selectFrom("batch_items").selectAll().where("batch_id", "=", id).orderBy("seq").execute();
      expect(items.filter((i) => i.state === "failed").map((i) => Number(i.seq))).toEqual(bad);
      for (const i of items.filter((x) => x.state === "failed")) expect((JSON.parse(i.issues!) as Array<{ code: string }>).map((x) => x.code)).toEqual(["required"]);
      const made = items.filter((i) => i.state === "done");
      expect(made.map((i) => Number(i.seq))).toEqual(valid);
      // Documents: exactly one per valid record, of the uploader and the uploader's unit, each of its own record's person.
      const docs = await h.store.db.selectFrom("documents").selectAll().execute();
      expect(docs).toHaveLength(valid.length);
      const byId = new Map(docs.map((d) => [d.id, d]));
      for (const i of made) {
        const d = byId.get(i.document_id!)!;
        expect(d, `record ${i.seq}`).toBeDefined();
        expect(personOf(d.record)).toBe(String(i.seq));
        expect(d).toMatchObject({ state: "draft", created_by: drafter, number: null, created_at: clock });
      }
      expect(new Set(docs.map((d) => d.unit_id)).size).toBe(1);
      // Files: a DOCX and a PDF of the first revision for every draft (the one committed just before the kill too), bytes in the store.
      const files = await h.store.db.selectFrom("document_files").selectAll().execute();
      expect(files).toHaveLength(2 * valid.length);
      for (const f of files) {
        expect(Number(f.revision)).toBe(1);
        expect(await h.store.files.has(f.sha256)).toBe(true);
      }
      expect(new Set(files.map((f) => `${f.document_id}.${f.format}`)).size).toBe(2 * valid.length);
      // One create in the audit trail per draft, and the chain holds after two processes appended to it at once.
      const creates = await h.store.db.selectFrom("audit_log").select("document_id").where("action", "=", "create").execute();
      expect(creates).toHaveLength(valid.length);
      expect((await verifyAudit(h.store)).broken).toBeUndefined();

      // The uploader sees them, a drafter of another unit does not.
      const list = (await h.app.inject({ method: "GET", url: "/api/documents?state=draft&limit=500", headers: me })).json();
      expect(list.total).toBe(valid.length);
      const other = await login(h.app, "ngoai.don.vi");
      expect((await h.app.inject({ method: "GET", url: "/api/documents?state=draft", headers: other })).json().total).toBe(0);
      // errors.xlsx names each bad record's missing birth date once, in Vietnamese.
      const errors = await h.app.inject({ method: "GET", url: b.errors as string, headers: me });
      expect(errors.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
      const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join("\n");
      // One line per bad record, in record order.
      expect([...text.matchAll(/bản ghi (\d+), trường "Ngày sinh"[^\n]*chưa có giá trị/g)].map((m) => Number(m[1]))).toEqual(bad);
      // files.zip: each draft's PDF shows its own person.
      const zip = await JSZip.loadAsync((await h.app.inject({ method: "GET", url: b.files as string, headers: me })).rawPayload);
      const pdfs = Object.keys(zip.files).filter((n) => n.endsWith(".pdf"));
      expect(pdfs).toHaveLength(valid.length);
      const people: string[] = [];
      for (const n of pdfs) {
        const t = (await extractPdfText(await zip.file(n)!.async("uint8array"))).pages.flatMap((p) => p.items.map((i) => i.str)).join(" ");
        people.push(...[...t.matchAll(/Nguyễn Văn Thử (\d+)/g)].map((m) => m[1]!).filter((v, i, all) => all.indexOf(v) === i));
      }
      expect(people.map(Number).sort((x, y) => x - y)).toEqual(valid);
    } finally {
      await stopAll(workers);
      await h?.close();
      await db.drop();
    }
  });
});
