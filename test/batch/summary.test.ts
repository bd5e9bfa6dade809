// The batch summary in words: new and kept documents apart, a check-only run, an interrupted run, causes named in Vietnamese.
import { describe, expect, it } from "vitest";
import { summaryText, type BatchSummary } from "../../src/index.js";

const base: BatchSummary = {
  startedAt: "2026-12-07T08:00:00.000Z",
  finishedAt: "2026-12-07T08:00:04.000Z",
  seconds: 4,
  documentsPerSecond: 45,
  workers: 2,
  resumed: true,
  dryRun: false,
  interrupted: false,
  counts: { files: 1, records: 500, documents: 494, failed: 6, warnings: 0, skipped: 314 },
  failuresByCode: [{ code: "invalid_date", cause: "Ngày không hợp lệ", records: 5, example: "Lỗi: Tệp a.jsonl, bản ghi 3, …" }],
};

describe("summaryText", () => {
  it("tells new documents from kept ones and names causes in words", () => {
    expect(summaryText(base)).toEqual([
      "Đã tạo 180 văn bản mới, giữ nguyên 314 văn bản từ lần chạy trước (cộng 494 văn bản); 6 bản ghi lỗi, không có cảnh báo.",
      "Đầu vào: 1 tệp, 500 bản ghi.",
      "Thời gian: 4 giây (4,0 giây); tốc độ 45 văn bản mới/giây; 2 luồng xử lý.",
      "Lỗi theo loại:",
      "  - Ngày không hợp lệ: 5 bản ghi. Ví dụ: Lỗi: Tệp a.jsonl, bản ghi 3, …",
    ]);
  });

  it("says a check wrote nothing, and keeps a decimal for slow rates", () => {
    const s = summaryText({ ...base, dryRun: true, documentsPerSecond: 0.5, counts: { ...base.counts, documents: 2, skipped: 0, failed: 0 }, failuresByCode: [] });
    expect(s[0]).toBe("Kiểm tra xong (không ghi tệp nào): 2 văn bản hợp lệ, không có bản ghi lỗi, không có cảnh báo.");
    expect(s.join("\n")).not.toMatch(/Đã tạo|đã tạo/);
    expect(s[2]).toContain("tốc độ 0,5 văn bản kiểm tra/giây");
  });

  it("opens an interrupted run with how to resume", () => {
    expect(summaryText({ ...base, interrupted: true })[0]).toBe(
      "Đã dừng giữa chừng theo yêu cầu: các văn bản đã tạo được giữ nguyên, không còn tệp tạm. Chạy lại đúng lệnh này, thêm --resume, để làm tiếp phần còn lại.",
    );
  });
});
