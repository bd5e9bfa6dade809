// Vietnam's date of an instant does not depend on the server's time zone, and Số, ký hiệu follows the two formats.
import { afterEach, describe, expect, it } from "vitest";
import { numberText, typeAbbreviation, vietnamDate } from "../../src/workflow/index.js";

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe("Vietnam's calendar", () => {
  for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh"]) {
    it(`gives Hà Nội's date with the server in ${tz}`, () => {
      process.env.TZ = tz;
      expect(vietnamDate(new Date("2026-12-31T23:30:00Z"))).toEqual({ iso: "2027-01-01", year: 2027 });
      expect(vietnamDate(new Date("2026-12-31T16:59:59.999Z"))).toEqual({ iso: "2026-12-31", year: 2026 });
      expect(vietnamDate(new Date("2026-12-31T17:00:00Z")).iso).toBe("2027-01-01");
    });
  }
});

describe("Số, ký hiệu", () => {
  it("pads to two digits and orders the parts per profile", () => {
    expect(numberText(1, { profile: "nd30", type: "QĐ", symbol: "UBND" })).toBe("01/QĐ-UBND");
    expect(numberText(125, { profile: "party", type: "QĐ", symbol: "TU" })).toBe("125-QĐ/TU");
    expect(numberText(7, { profile: "nd30", symbol: "UBND-VX" })).toBe("07/UBND-VX");
  });
  it("takes the type's abbreviation from the start of the kind's title", () => {
    expect(typeAbbreviation("Quyết định luân chuyển cán bộ")).toBe("QĐ");
    expect(typeAbbreviation("Tờ trình về việc bổ nhiệm")).toBe("TTr");
    expect(typeAbbreviation("Quy định về công tác cán bộ")).toBe("QyĐ");
    expect(typeAbbreviation("Phiếu đánh giá, xếp loại chất lượng")).toBeUndefined();
  });
});
