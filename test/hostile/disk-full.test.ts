// A disk that fills in the middle of a batch (ENOSPC from the commit primitive): exit-1 report, no temporaries, --resume completes.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatIssue, nodeIo, renderFiles } from "../../src/index.js";
import { manifestLines, rotation, tmp, writeJsonl } from "../batch/helpers.js";
import { FIXED_NOW } from "../helpers/samples.js";

// Tests cannot mount a tiny file system without privileges. Documents are written by the render threads and
// take their final names in the main thread (core/atomic-write's commitTemp: rename(2), which itself fails with
// ENOSPC when the folder has no room for the new entry). That primitive fails as a full disk does once `room` is spent.
const disk = vi.hoisted(() => ({ room: Number.POSITIVE_INFINITY }));
vi.mock("../../src/core/atomic-write.js", async (original) => {
  const real = await original<typeof import("../../src/core/atomic-write.js")>();
  return {
    ...real,
    commitTemp: async (tmp: string, path: string) => {
      if (disk.room-- <= 0) {
        await real.discardTemp(tmp);
        throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${tmp}' -> '${path}'`), { code: "ENOSPC", errno: -28 });
      }
      return real.commitTemp(tmp, path);
    },
  };
});

describe("disk full in the middle of a batch", () => {
  it("stops with a Vietnamese message naming the folder, leaves only whole documents, and --resume completes", async () => {
    const dir = tmp();
    const out = join(dir, "out");
    const input = writeJsonl(dir, "sau.jsonl", Array.from({ length: 6 }, (_, i) => rotation(i)));
    const opts = { outDir: out, io: nodeIo(FIXED_NOW), formats: ["docx" as const, "pdf" as const], now: FIXED_NOW, workers: 1, manifest: true };
    disk.room = 5;
    const full = await renderFiles([input], opts);
    const problem = full.failures.at(-1)!.issues[0]!;
    expect([problem.code, problem.params.reason]).toEqual(["output_unwritable", "no_space"]);
    expect(formatIssue(problem)).toBe(
      `Lỗi: Không ghi được vào thư mục kết quả "${out}": ổ đĩa đã đầy. Hãy giải phóng dung lượng (hoặc chọn ổ khác) rồi chạy lại lệnh với --resume để làm tiếp phần còn lại.`,
    );
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // Every document file present is listed whole in the manifest; a pair cut in half is not kept.
    const listed = manifestLines(out).map((e) => e.path).sort();
    expect(files.filter((f) => /\.(pdf|docx)$/.test(f)).sort()).toEqual(listed);
    expect(listed.length).toBeLessThan(12);
    disk.room = Number.POSITIVE_INFINITY;
    const resumed = await renderFiles([input], { ...opts, resume: true });
    expect(resumed.failures).toEqual([]);
    expect(resumed.counts.documents).toBe(6);
    expect(manifestLines(out)).toHaveLength(12);
  }, 60_000);
});
