// Issuer names in the header: phrases from the administrative-level words, lines of whole phrases.
import { describe, expect, it } from "vitest";
import { bundledFonts, Metrics } from "../../src/layout/index.js";
import { issuerLines, phrasesOf } from "../../src/layout/issuer-lines.js";

const metrics = new Metrics(bundledFonts());
/** What the nd30 header allows beside the 13 pt Quốc hiệu: 468 − 271 − 2 × 12 pt. */
const ND30_MAX = 172.5;
const lines = (name: string, max = ND30_MAX) => issuerLines(name, metrics, "bold", 13, true, max);

describe("phrasesOf", () => {
  it.each([
    ["Ủy ban nhân dân xã Định Hòa", ["Ủy ban nhân dân", "xã Định Hòa"]],
    ["ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH", ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN ĐỊNH"]],
    ["Trường Trung học phổ thông Hoa Lư A", ["Trường", "Trung học phổ thông", "Hoa Lư A"]],
    ["Sở Giáo dục và Đào tạo tỉnh Ninh Bình", ["Sở Giáo dục và Đào tạo", "tỉnh Ninh Bình"]],
    ["BAN THƯỜNG VỤ TỈNH ỦY THANH HÓA", ["BAN THƯỜNG VỤ", "TỈNH ỦY THANH HÓA"]],
    ["ĐẢNG ỦY CƠ SỞ PHƯỜNG BA ĐÌNH", ["ĐẢNG ỦY CƠ SỞ", "PHƯỜNG BA ĐÌNH"]],
    ["ỦY BAN NHÂN DÂN THỊ XÃ NGHI SƠN", ["ỦY BAN NHÂN DÂN", "THỊ XÃ NGHI SƠN"]],
    ["ĐẢNG UỶ XÃ TÂN PHONG", ["ĐẢNG UỶ", "XÃ TÂN PHONG"]],
    ["SỞ NỘI VỤ", ["SỞ NỘI VỤ"]],
  ])("%s", (name, phrases) => {
    expect(phrasesOf(name)).toEqual(phrases);
  });
});

describe("issuerLines", () => {
  it("fills lines with whole phrases up to the width, never breaking inside a phrase", () => {
    expect(lines("Ủy ban nhân dân xã Định Hòa")).toEqual(["Ủy ban nhân dân", "xã Định Hòa"]);
    expect(lines("Sở Nội vụ")).toEqual(["Sở Nội vụ"]);
    expect(lines("ĐẢNG ỦY XÃ TÂN PHONG", 300)).toEqual(["ĐẢNG ỦY XÃ TÂN PHONG"]);
  });

  it("keeps explicit line breaks of the model", () => {
    expect(lines("ỦY BAN NHÂN DÂN XÃ\nĐỊNH HÒA", 400)).toEqual(["ỦY BAN NHÂN DÂN XÃ", "ĐỊNH HÒA"]);
  });

  it("breaks a phrase wider than the line between its words, within the line (never into the national heading)", () => {
    expect(lines("Trường Trung học phổ thông Hoa Lư A", 100)).toEqual(["Trường", "Trung học", "phổ thông", "Hoa Lư A"]);
  });
});
