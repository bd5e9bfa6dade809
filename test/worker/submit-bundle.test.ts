// A year-end bundle (one record, many documents) sent to the queue: refused at submit with a Vietnamese issue that says where to render it; the file's other records are queued.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import { openQueue, openStore } from "../../src/store/index.js";
import { submitFile } from "../../src/worker/index.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { ROOT } from "../helpers/samples.js";

const dir = mkdtempSync(join(tmpdir(), "cadre-submit-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describePg("a bundle record sent to the queue", (serverUrl) => {
  it("is a failed item with bundle_not_queued; the ordinary record beside it is queued", async () => {
    const db = await freshPgDatabase(serverUrl);
    const store = await openStore({ databaseUrl: db.url, dataDir: join(dir, "data"), poolSize: 2 });
    const queue = await openQueue(db.url, { poolSize: 2 });
    try {
      const bundle = parse(readFileSync(join(ROOT, "inputs/year-end/so-noi-vu-2025.yaml"), "utf8")) as unknown;
      const single = JSON.parse(readFileSync(join(ROOT, "inputs/nd30/dieu-dong-mot-nguoi.json"), "utf8")) as unknown;
      const input = join(dir, "tinh.jsonl");
      writeFileSync(input, `${JSON.stringify(single)}\n${JSON.stringify(bundle)}\n`);
      const sent = await submitFile(store, queue, { path: input, input: "tinh.jsonl", unitId: null, createdBy: "test", formats: ["pdf"], now: new Date("2026-01-09T08:00:00Z") });
      expect(sent).toMatchObject({ records: 2, refused: 1 });
      const items = await store.db.selectFrom("batch_items").select(["seq", "state", "issues"]).where("batch_id", "=", sent.id).orderBy("seq").execute();
      expect(items.map((i) => [Number(i.seq), i.state])).toEqual([[1, "pending"], [2, "failed"]]);
      const [issue] = JSON.parse(items[1]!.issues!) as Parameters<typeof formatIssue>[0][];
      expect(formatIssue(issue!)).toBe(
        'Lỗi: Tệp tinh.jsonl, bản ghi 2: bản ghi này là "Hồ sơ cuối năm của một đơn vị", gồm nhiều văn bản; các máy cadre-docs worker chưa tách được bộ hồ sơ thành từng văn bản nên bản ghi này không được gửi vào hàng đợi (các bản ghi khác của tệp vẫn được tạo). ' +
          "Hãy tạo bộ hồ sơ này trên một máy: lệnh cadre-docs render không có --db, hoặc tải tệp lên máy chủ cadre-docs dùng SQLite.",
      );
    } finally {
      await queue.close();
      await store.close();
      await db.drop();
    }
  });
});
