// A 5,000-row workbook: every row read, in bounded memory (no timing is asserted).
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionRow, DECISION_HEADERS, personRow, PEOPLE_SHEET, PERSON_HEADERS, xlsxOf } from "./sheet-fixtures.js";

const ROWS = 5000;

describe("a large workbook", () => {
  it("reads 5,000 decisions and 5,000 people rows", async () => {
    const decisions = Array.from({ length: ROWS }, (_, i) => decisionRow(`QĐ-${i + 1}`, i + 1));
    const people = Array.from({ length: ROWS }, (_, i) => personRow(`QĐ-${i + 1}`, `Người Thứ ${i + 1}`));
    const bytes = await xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS, ...decisions], [PEOPLE_SHEET]: [PERSON_HEADERS, ...people] } });
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const r = await ingestFile("lon.xlsx", memoryIo({ "lon.xlsx": bytes }));
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(ROWS);
    const last = r.records[ROWS - 1]!;
    expect(last.data).toMatchObject({ number: ROWS, people: [{ fullName: `Người Thứ ${ROWS}` }] });
    expect(last.cells!.rows["people.0"]).toEqual({ sheet: PEOPLE_SHEET, row: ROWS + 1 });
    // A generous bound that still catches a reader holding many copies of the sheets.
    if (process.env.SHOW_MEMORY) console.log(`heap growth ${Math.round((peak - before) / 1048576)} MB for ${bytes.length} bytes`);
    expect(peak - before).toBeLessThan(600 * 1024 * 1024);
  });
});
