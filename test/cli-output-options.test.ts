// --name and --merge on the command line: a mistake is a usage error in Vietnamese, before anything is read.
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/cli/args.js";
import { parseMerge, parseNamePattern } from "../src/cli/render.js";

describe("render --name and --merge", () => {
  it("accepts a pattern of known placeholders and refuses an unknown one, naming the known ones", () => {
    expect(parseNamePattern("{unit}/{id}-{name}")).toBe("{unit}/{id}-{name}");
    expect(parseNamePattern(undefined)).toBeUndefined();
    expect(() => parseNamePattern("{ten}-{name}")).toThrow(UsageError);
    expect(() => parseNamePattern("{ten}-{name}")).toThrow(
      '--name không có chỗ trống {ten} (đã nhận: {ten}-{name}); dùng {kind}, {year}, {name}, {id}, {unit}, {number}, {default}, ví dụ --name "{unit}/{id}-{name}"',
    );
    expect(() => parseNamePattern("co-dinh")).toThrow("--name cần ít nhất một chỗ trống trong ngoặc nhọn");
  });

  it("merges per unit or per file, only with PDF output, and not for validate", () => {
    expect(parseMerge("unit", ["docx", "pdf"], false)).toBe("unit");
    expect(parseMerge("tep", ["pdf"], false)).toBe("file");
    expect(parseMerge("unit", [], true)).toBeUndefined();
    expect(() => parseMerge("tinh", ["pdf"], false)).toThrow("--merge nhận unit (mỗi đơn vị một tệp PDF gộp) hoặc file");
    expect(() => parseMerge("unit", ["docx"], false)).toThrow("--merge gộp các tệp PDF nên cần định dạng pdf trong --format");
  });
});
