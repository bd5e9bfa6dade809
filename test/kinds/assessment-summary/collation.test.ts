// Vietnamese collation: letters a ă â … đ … ơ … ư …, tones no mark < huyền < hỏi < ngã < sắc < nặng, names by given name first.
import { describe, expect, it } from "vitest";
import { compareNames, compareVietnamese, sortByName, splitName } from "../../../src/kinds/collation.js";

const sortWords = (words: string[]) => [...words].sort(compareVietnamese);
const sortNames = (names: string[]) => sortByName(names, (n) => n);

describe("compareVietnamese", () => {
  it("orders the base letters of the Vietnamese alphabet", () => {
    const letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(" ");
    const scrambled = "y đ ư a o ơ ô â ă e ê d u t x c b v s r q p n m l k i h g".split(" ");
    expect(sortWords(scrambled)).toEqual(letters);
  });

  it("sorts the sample given names exactly", () => {
    const input = ["Ánh", "Âu", "Bình", "Đức", "Ưng", "An", "Anh", "Ân", "Dũng", "Đạt", "Hòa", "Hoà", "Ơn", "Ô"];
    expect(sortWords(input)).toEqual(["An", "Anh", "Ánh", "Ân", "Âu", "Bình", "Dũng", "Đạt", "Đức", "Hòa", "Hoà", "Ô", "Ơn", "Ưng"]);
  });

  it("breaks letter ties by tone: no mark, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(sortWords(["Họa", "Hóa", "Hõa", "Hỏa", "Hòa", "Hoa"])).toEqual(["Hoa", "Hòa", "Hỏa", "Hõa", "Hóa", "Họa"]);
    expect(sortWords(["ạ", "á", "ã", "ả", "à", "a"])).toEqual(["a", "à", "ả", "ã", "á", "ạ"]);
  });

  it("compares letters before tones: Anh < Ánh < Ân, Dũng < Đạt", () => {
    expect(compareVietnamese("Ánh", "Ân")).toBe(-1);
    expect(compareVietnamese("Anh", "Ánh")).toBe(-1);
    expect(compareVietnamese("Đạt", "Dũng")).toBe(1);
  });

  it("treats Hòa and Hoà (old and new tone placement) as the same letters and tone", () => {
    expect(compareVietnamese("Hòa", "Hoà")).toBe(0);
    expect(compareVietnamese("Thủy", "Thuỷ")).toBe(0);
    expect(compareVietnamese("Hoà", "Hoa")).toBe(1);
    expect(compareVietnamese("Hoà", "Hóa")).toBe(-1);
  });

  it("ignores case and accepts decomposed (NFD) input", () => {
    expect(compareVietnamese("ĐỨC", "đức")).toBe(0);
    expect(compareVietnamese("Đức".normalize("NFD"), "Đức")).toBe(0);
    expect(sortWords(["Ưng".normalize("NFD"), "Ơn".normalize("NFD"), "Ô"]).map((w) => w.normalize("NFC"))).toEqual(["Ô", "Ơn", "Ưng"]);
  });

  // ICU's vi tailoring is the same alphabet and tone order; where Node has it, it must agree on plain words.
  it.skipIf(Intl.Collator.supportedLocalesOf(["vi"]).length === 0)("agrees with Intl.Collator('vi') on a sample", () => {
    const sample = ["Ưng", "Ơn", "Ô", "Hoa", "Hòa", "Hỏa", "Hõa", "Hóa", "Họa", "Đức", "Đạt", "Dũng", "Bình", "Âu", "Ân", "Ánh", "Anh", "An", "Chi", "Cúc", "Giang", "Yến", "Xuân"];
    const icu = new Intl.Collator("vi");
    expect(sortWords(sample)).toEqual([...sample].sort(icu.compare));
  });
});

describe("Vietnamese name order", () => {
  it("splits family, middle and given names", () => {
    expect(splitName(" Nguyễn  Thị Minh Khai ")).toEqual({ family: "Nguyễn", middle: ["Thị", "Minh"], given: "Khai" });
    expect(splitName("Lê An")).toEqual({ family: "Lê", middle: [], given: "An" });
    expect(splitName("Anh")).toEqual({ family: "", middle: [], given: "Anh" });
  });

  it("sorts by given name, then middle names, then family name", () => {
    const input = ["Nguyễn Văn Bình", "Trần Văn An", "Nguyễn Thị An", "Lê An", "Anh", "Vũ Thị Âu", "Đỗ Quang Ân", "Hoàng Ánh"];
    expect(sortNames(input)).toEqual(["Lê An", "Nguyễn Thị An", "Trần Văn An", "Anh", "Hoàng Ánh", "Đỗ Quang Ân", "Vũ Thị Âu", "Nguyễn Văn Bình"]);
  });

  it("decides equal given and middle names by the family name, Hòa and Hoà alike", () => {
    expect(sortNames(["Phạm Thị Hoà", "Bùi Thị Hòa", "Đinh Văn Hòa"])).toEqual(["Bùi Thị Hòa", "Phạm Thị Hoà", "Đinh Văn Hòa"]);
    expect(compareNames("Lê Văn Hoà", "Lê Văn Hòa")).toBe(0);
  });

  it("keeps the input order of names that compare equal", () => {
    expect(sortNames(["Lê Văn Hoà", "Lê Văn Hòa", "Lê văn hòa"])).toEqual(["Lê Văn Hoà", "Lê Văn Hòa", "Lê văn hòa"]);
    expect(sortNames(["Lê Văn Hòa", "Lê Văn Hoà"])).toEqual(["Lê Văn Hòa", "Lê Văn Hoà"]);
  });

  it("sorts the state sample's twelve people exactly", () => {
    const input = ["Nguyễn Văn Đức", "Lê Thị Ánh", "Trần Minh An", "Phạm Thị Hoà", "Đỗ Quang Ân", "Vũ Thị Âu", "Hoàng Văn Bình", "Bùi Thị Hòa", "Ngô Đức Dũng", "Lê Văn Anh", "Trịnh Thị Ô", "Đặng Văn Đạt"];
    expect(sortNames(input)).toEqual(["Trần Minh An", "Lê Văn Anh", "Lê Thị Ánh", "Đỗ Quang Ân", "Vũ Thị Âu", "Hoàng Văn Bình", "Ngô Đức Dũng", "Đặng Văn Đạt", "Nguyễn Văn Đức", "Bùi Thị Hòa", "Phạm Thị Hoà", "Trịnh Thị Ô"]);
  });
});
