// Progress for a clerk: a redrawn line on a terminal, plain periodic lines in a log.
import { describe, expect, it } from "vitest";
import { progressLine, progressSink, spokenDuration } from "../../src/pipeline/progress.js";

describe("progress", () => {
  const at = (seconds: number) => 1_000_000 + seconds * 1000;

  it("shows count/total, percentage, rate and a remaining time", () => {
    const line = progressLine({ records: 2500, total: 10000, documents: 2500, failed: 3, startedAt: at(0) }, at(10));
    expect(line).toBe("[#####---------------] 2.500/10.000 bản ghi (25%) · 2.500 văn bản · 3 lỗi · 250 văn bản/giây · còn khoảng 30 giây");
  });

  it("leaves documents kept by --resume out of the rate and the time left", () => {
    // 300 kept in the first second, then 100 new in 9 s: the rate is 100/10 s, not 400/10 s.
    const line = progressLine({ records: 400, total: 1000, documents: 400, kept: 300, failed: 0, startedAt: at(0) }, at(10));
    expect(line).toBe("[########------------] 400/1.000 bản ghi (40%) · 100 văn bản mới · 300 giữ nguyên · 10 văn bản/giây · còn khoảng 1 phút 0 giây");
  });

  it("shows no total or remaining time when the total is unknown", () => {
    expect(progressLine({ records: 12, documents: 10, failed: 0, startedAt: at(0) }, at(2))).toBe("12 bản ghi · 10 văn bản · 5 văn bản/giây");
  });

  it("keeps a decimal for a slow rate only", () => {
    expect(progressLine({ records: 1, documents: 1, failed: 0, startedAt: at(0) }, at(2.5))).toBe("1 bản ghi · 1 văn bản · 0,4 văn bản/giây");
  });

  it("words durations in Vietnamese", () => {
    expect([spokenDuration(8), spokenDuration(192), spokenDuration(7500)]).toEqual(["8 giây", "3 phút 12 giây", "2 giờ 5 phút"]);
  });

  it("redraws one line on a terminal", () => {
    let written = "";
    let now = at(0);
    const sink = progressSink({ write: (s: string) => (written += s), isTTY: true }, { clock: () => now });
    for (let i = 1; i <= 10; i++) {
      now = at(i);
      sink.update({ records: i, total: 10, documents: i, failed: 0, startedAt: at(0) });
    }
    sink.finish();
    expect(written.split("\r\x1b[2K").filter(Boolean)).toHaveLength(10);
    expect(written).not.toContain("\n");
    expect(written.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("writes a line every tenth (or every 5 s) to a log", () => {
    const lines: string[] = [];
    const sink = progressSink({ write: (s: string) => lines.push(s), isTTY: false }, { clock: () => at(1) });
    for (let i = 1; i <= 100; i++) sink.update({ records: i, total: 100, documents: i, failed: 0, startedAt: at(0) });
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.endsWith("\n"))).toBe(true);
    expect(lines[9]).toContain("100/100 bản ghi (100%)");
  });
});
