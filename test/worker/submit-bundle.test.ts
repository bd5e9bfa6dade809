// A year-end bundle (one record, many documents) submitted to the queue: a final batch gets one item per document (its input record and label kept); a drafts batch refuses it in Vietnamese.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, expect, it } from "vitest";
import { expandRecord, formatIssue, renderDocument } from "../../src/index.js";
import { submitFile } from "../../src/worker/index.js";
import { describePg } from "../helpers/pg.js";
import { withQueuedStore } from "../helpers/queued-store.js";
import { ROOT } from "../helpers/samples.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-submit-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bundle = parse(readFileSync(join(ROOT, "inputs/year-end/so-noi-vu-2025.yaml"), "utf8")) as unknown;
const single = JSON.parse(readFileSync(join(ROOT, "inputs/nd30/dieu-dong-mot-nguoi.json"), "utf8")) as unknown;
const REFUSAL =
  'bản ghi này là "Hồ sơ cuối năm của một đơn vị", gồm nhiều văn bản, nên không tạo được thành một văn bản hay một bản nháp. ' +
  "Hãy tạo cả bộ bằng lệnh cadre-docs render (mỗi văn bản một tệp, trong thư mục của đơn vị) hoặc gửi tệp lên máy chủ dạng lô văn bản chính thức; muốn có bản nháp thì ghi mỗi văn bản của bộ hồ sơ thành một bản ghi riêng.";

it("a bundle rendered alone (a preview, a draft) is refused with a message that says how to make it", async () => {
  const r = await renderDocument(bundle, { formats: ["pdf"] });
  expect(r.ok).toBe(false);
  expect(r.issues.map((i) => formatIssue(i))).toEqual([`Lỗi: ${REFUSAL.charAt(0).toUpperCase()}${REFUSAL.slice(1)}`]);
});

describePg("a bundle record sent to the queue", (serverUrl) => {
  it("final: one pending item per document after the input's records; drafts: refused, the record beside it queued", async () => {
    await withQueuedStore(serverUrl, join(dir, "data"), async ({ store, queue }) => {
      const input = join(dir, "tinh.jsonl");
      writeFileSync(input, `${JSON.stringify(single)}\n${JSON.stringify(bundle)}\n`);
      const submit = (mode: string) => submitFile(store, queue, { path: input, input: "tinh.jsonl", unitId: null, createdBy: "test", mode, formats: ["pdf"], now: new Date("2026-01-09T08:00:00Z") });
      const items = async (id: string) => store.db.selectFrom("batch_items").select(["seq", "record", "item", "state", "issues"]).where("batch_id", "=", id).orderBy("seq").execute();

      const final = await submit("final");
      const made = await items(final.id);
      expect(made[0]).toMatchObject({ seq: 1, record: null, state: "pending" });
      const children = made.slice(1);
      const expanded = expandRecord(bundle);
      expect(children.length).toBe(expanded.ok ? expanded.value!.length : -1);
      expect(children.map((c) => Number(c.seq))).toEqual(children.map((_, i) => 3 + i));
      expect(children.every((c) => Number(c.record) === 2 && c.state === "pending" && !!c.item)).toBe(true);
      expect(children.map((c) => c.item)).toContain("Phiếu đánh giá của Phạm Quốc Hưng");

      const drafts = await submit("drafts");
      expect(drafts).toMatchObject({ records: 2, refused: 1 });
      const refused = await items(drafts.id);
      expect(refused.map((i) => [Number(i.seq), i.state])).toEqual([[1, "pending"], [2, "failed"]]);
      const [issue] = JSON.parse(refused[1]!.issues!) as Parameters<typeof formatIssue>[0][];
      expect(formatIssue(issue!)).toBe(`Lỗi: Tệp tinh.jsonl, bản ghi 2: ${REFUSAL}`);
    }, 2);
  });
});
