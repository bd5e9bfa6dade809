// The legal-bases rule on its own: identity of a cited document, duplicates dropped by meaning, order by legal force.
import { describe, expect, it } from "vitest";
import { arrangeBases, basisIdentity, RANK } from "../../src/kinds/legal-bases.js";

const TU = { symbol: "TU", body: "Ban Thường vụ Tỉnh ủy" };
const UBND = { symbol: "UBND", body: "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa" };

describe("basisIdentity", () => {
  it("names a numbered document by type and number/symbol, whatever the wording around it", () => {
    const a = basisIdentity("Căn cứ Quy định số 65-QĐ/TW, ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ", TU);
    const b = basisIdentity("- căn cứ  Quy định 65-QĐ/TW ngày 28 tháng 4 năm 2022 về luân chuyển cán bộ;", TU);
    expect(a).toEqual(b);
    expect(a).toEqual({ key: "quy định|65-qđ/tw", rank: RANK.central });
    // Same number, another document type: another document.
    expect(basisIdentity("Căn cứ Quyết định số 65-QĐ/TW", TU).key).not.toBe(a.key);
  });
  it("knows the charter, laws by name and year, decrees, and the body's own documents", () => {
    expect(basisIdentity("Căn cứ Điều lệ Đảng", TU)).toEqual({ key: "điều lệ đảng", rank: RANK.charter });
    // The Central Committee's regulation goes before the Politburo's.
    expect(basisIdentity("Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng", TU).rank).toBeLessThan(RANK.central);
    expect(basisIdentity("Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng", TU).rank).toBeGreaterThan(RANK.decree);
    expect(basisIdentity("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025", UBND)).toEqual({ key: "luật|cán bộ, công chức|2025", rank: RANK.law });
    expect(basisIdentity("Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ", UBND).rank).toBe(RANK.decree);
    expect(basisIdentity("Căn cứ Quyết định số 1520/QĐ-UBND ngày 02 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh", UBND).rank).toBe(RANK.own);
    expect(basisIdentity("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10 tháng 4 năm 2026 của Hội đồng nhân dân tỉnh", UBND).rank).toBe(RANK.local);
    expect(basisIdentity("Căn cứ Thông tư số 06/2025/TT-BNV của Bộ Nội vụ", UBND).rank).toBe(RANK.central);
    expect(basisIdentity("Căn cứ Kế hoạch số 18-KH/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy", TU).rank).toBe(RANK.own);
    expect(basisIdentity("Căn cứ Biên bản hội nghị Ban Thường vụ Tỉnh ủy ngày 26/6/2026", TU).rank).toBe(RANK.own);
    expect(basisIdentity("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030", TU).rank).toBe(RANK.local);
    expect(basisIdentity("Xét đề nghị của Ban Tổ chức Tỉnh ủy", TU).rank).toBe(RANK.proposal);
  });
  it("treats the en dash and spaced hyphen of a term alike", () => {
    const a = basisIdentity("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030", TU);
    expect(basisIdentity("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025–2030;", TU)).toEqual(a);
  });
});

describe("arrangeBases", () => {
  it("drops a basis the clerk repeats, keeping the first text, and orders by legal force", () => {
    const fixed = ["Căn cứ Điều lệ Đảng", "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030", "Căn cứ Quy định số 65-QĐ/TW, ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ"];
    const clerk = [
      "Căn cứ Kế hoạch số 18-KH/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ",
      "Căn cứ Điều lệ Đảng",
      "Căn cứ Quy định số 65-QĐ/TW ngày 28 tháng 4 năm 2022 của Bộ Chính trị",
      "Căn cứ Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ",
      "Xét đề nghị của Ban Tổ chức Tỉnh ủy",
    ];
    expect(arrangeBases([...fixed, ...clerk, "Xét đề nghị của Ban Tổ chức Tỉnh ủy"], TU)).toEqual([
      "Căn cứ Điều lệ Đảng",
      "Căn cứ Quy định số 65-QĐ/TW, ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ",
      "Căn cứ Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ",
      "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025 - 2030",
      "Căn cứ Kế hoạch số 18-KH/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ",
      "Xét đề nghị của Ban Tổ chức Tỉnh ủy",
    ]);
  });
  it("puts a Politburo regulation before a provincial decision, laws and decrees before both", () => {
    const out = arrangeBases(
      [
        "Căn cứ Quyết định số 1520/QĐ-UBND ngày 02 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh",
        "Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ",
        "Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025",
        "Căn cứ Quy định số 65-QĐ/TW ngày 28 tháng 4 năm 2022 của Bộ Chính trị về luân chuyển cán bộ",
        "Theo đề nghị của Giám đốc Sở Nội vụ",
      ],
      UBND,
    );
    expect(out.map((b) => b.split(" ").slice(0, 4).join(" "))).toEqual(["Căn cứ Luật Cán", "Căn cứ Nghị định", "Căn cứ Quy định", "Căn cứ Quyết định", "Theo đề nghị của"]);
  });
});
