// Posts with their units, destinations, date style and recipients of a rotation decision, as pure functions.
import { describe, expect, it } from "vitest";
import { bindLastWords, extraRecipients, postAt, shortDateOf, yearRange } from "../../../src/kinds/rotation-decision/compose.js";

describe("postAt", () => {
  it.each([
    ["Bí thư Đảng ủy xã", "Đảng ủy xã Hải Bình", "Bí thư Đảng ủy xã Hải Bình"],
    ["Phó Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân xã Hà Trung", "Phó Chủ tịch Ủy ban nhân dân xã Hà Trung"],
    ["Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy"],
    ["Phó Giám đốc Sở Nội vụ", "tỉnh Thanh Hóa", "Phó Giám đốc Sở Nội vụ tỉnh Thanh Hóa"],
    ["Bí thư Đảng ủy xã", "Đảng bộ xã Tân Phong", "Bí thư Đảng ủy xã Tân Phong"],
    ["Phó Trưởng phòng Tổ chức cán bộ", "Sở Tài chính", "Phó Trưởng phòng Tổ chức cán bộ, Sở Tài chính"],
    ["Chủ tịch Ủy ban nhân dân xã Tân Phong", "Ủy ban nhân dân xã Tân Phong", "Chủ tịch Ủy ban nhân dân xã Tân Phong"],
  ])("%s + %s", (post, unit, expected) => expect(postAt(post, unit)).toBe(expected));
});

describe("texts", () => {
  it("writes a term with an en dash, Party dates without and NĐ 30 dates with their padding", () => {
    expect(yearRange("2025 - 2030")).toBe("2025–2030");
    expect(shortDateOf("2026-03-16", "party")).toBe("16/3/2026");
    expect(shortDateOf("2026-08-01", "nd30")).toBe("01/8/2026");
    expect(shortDateOf("2026-02-05", "nd30")).toBe("05/02/2026");
  });
  it("binds the last two words of a reference line", () => {
    expect(bindLastWords("(Kèm theo … của Ban Thường vụ Tỉnh ủy)")).toBe("(Kèm theo … của Ban Thường vụ Tỉnh\u00a0ủy)");
  });
  it("drops the recipients `Như Điều 3` already covers", () => {
    expect(extraRecipients(["Ban Tổ chức Trung ương (để b/c)", "Như Điều 1", "- Như Điều 3;", "Thường trực Tỉnh ủy"])).toEqual(["Ban Tổ chức Trung ương (để b/c)", "Thường trực Tỉnh ủy"]);
  });
});
