// TCVN3 (ABC, .VnTime) and VNI text in cells: converted when sure, with a warning naming the cell; never guessed.
import { describe, expect, it } from "vitest";
import { checkLegacy, convertTcvn3, convertVni, ingestFile, TCVN3 } from "../../src/ingest/index.js";
import { formatIssues } from "../../src/messages/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionBook, personRow } from "./sheet-fixtures.js";

/** Every Vietnamese letter with a mark, lower case (67). */
const LETTERS = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ";

describe("mapping tables", () => {
  it("TCVN3: known words as .VnTime text shows them in Excel", () => {
    expect(convertTcvn3("NguyÔn V¨n §øc")).toBe("Nguyễn Văn Đức");
    expect(convertTcvn3("Hµ Néi")).toBe("Hà Nội");
    expect(convertTcvn3("Thanh Hãa")).toBe("Thanh Hóa");
    expect(convertTcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(convertTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(convertTcvn3("Tr\u00adêng")).toBe("Trường");
  });

  it("VNI Windows: known words", () => {
    expect(convertVni("Nguyeãn Vaên Ñöùc")).toBe("Nguyễn Văn Đức");
    expect(convertVni("Haø Noäi")).toBe("Hà Nội");
    expect(convertVni("Thanh Hoùa")).toBe("Thanh Hóa");
    expect(convertVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(convertVni("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC")).toBe("ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
  });

  it("TCVN3 covers each of the 67 marked letters exactly once", () => {
    const small = [...TCVN3.values()].filter((u) => u === u.toLowerCase());
    expect(small.sort().join("")).toBe([...LETTERS].sort().join(""));
    expect([...TCVN3.values()].filter((u) => u !== u.toLowerCase()).sort().join("")).toBe([..."ĂÂÊÔĐƠƯ"].sort().join(""));
  });

  it("VNI builds each of the 67 marked letters from a base and marks", () => {
    const tones: Record<string, string> = { "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï" };
    const vni = (ch: string): string => {
      const d = ch.normalize("NFD");
      if (ch === "đ") return "ñ";
      const tone = [...d].find((c) => tones[c]);
      const body = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "").normalize("NFC");
      const base: Record<string, string> = { ă: "aê", â: "aâ", ê: "eâ", ô: "oâ", ơ: "ô", ư: "ö" };
      const withCirc: Record<string, string> = { "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä" };
      const withBreve: Record<string, string> = { "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë" };
      if (body === "i") return ({ "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò" } as Record<string, string>)[tone!]!;
      if (body === "y" && tone === "\u0323") return "î";
      if (tone && (body === "â" || body === "ê" || body === "ô")) return `${body === "â" ? "a" : body === "ê" ? "e" : "o"}${withCirc[tone]}`;
      if (tone && body === "ă") return `a${withBreve[tone]}`;
      return `${base[body] ?? body}${tone ? tones[tone] : ""}`;
    };
    for (const ch of LETTERS) expect(convertVni(vni(ch)), `${ch} as ${vni(ch)}`).toBe(ch);
  });
});

describe("detection", () => {
  it("converts only when exactly one reading gives clean Vietnamese", () => {
    expect(checkLegacy("NguyÔn V¨n §øc")).toEqual({ status: "converted", encoding: "TCVN3", text: "Nguyễn Văn Đức" });
    expect(checkLegacy("Nguyeãn Vaên Ñöùc")).toEqual({ status: "converted", encoding: "VNI", text: "Nguyễn Văn Đức" });
    expect(checkLegacy("UBND TØNH THANH HãA")).toEqual({ status: "converted", encoding: "TCVN3", text: "UBND TỈNH THANH HÓA" });
  });

  it("leaves Unicode, ASCII and unusual names alone", () => {
    for (const t of ["Nguyễn Văn Đức", "Hà Nội", "Thanh Hoá", "UBND tỉnh", "Ksor H'Bia", "Y Moan Êban", "khuỷu tay, chuyện, quýt, ngoẹo"]) {
      expect(checkLegacy(t), t).toEqual({ status: "unicode" });
    }
  });

  it("calls garbled what no single table converts, and converts nothing", () => {
    expect(checkLegacy("Müller § ¤")).toEqual({ status: "garbled" });
    expect(checkLegacy("Hµ Nội, Haø")).toEqual({ status: "garbled" }); // TCVN3 and VNI mixed: neither reading is clean
  });
});

describe("legacy text in a workbook", () => {
  it("converts a TCVN3 and a VNI name with a warning naming sheet, row and column", async () => {
    const bytes = await decisionBook([personRow(1, "NguyÔn V¨n §øc"), personRow(1, "Nguyeãn Thò Hoøa")]);
    const r = await ingestFile("can-bo.xlsx", memoryIo({ "can-bo.xlsx": bytes }));
    const people = (r.records[0]!.data as { people: Array<{ fullName: string }> }).people;
    expect(people.map((p) => p.fullName)).toEqual(["Nguyễn Văn Đức", "Nguyễn Thị Hòa"]);
    expect(formatIssues(r.issues)).toEqual([
      'Cảnh báo: Tệp can-bo.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 2, cột "Họ và tên": chữ gõ bằng bảng mã cũ TCVN3 ("NguyÔn V¨n §øc") đã được tự chuyển sang Unicode thành "Nguyễn Văn Đức". Hãy kiểm tra lại; nên chuyển tệp gốc sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey).',
      'Cảnh báo: Tệp can-bo.xlsx, trang "Danh sách cán bộ luân chuyển", dòng 3, cột "Họ và tên": chữ gõ bằng bảng mã cũ VNI ("Nguyeãn Thò Hoøa") đã được tự chuyển sang Unicode thành "Nguyễn Thị Hòa". Hãy kiểm tra lại; nên chuyển tệp gốc sang Unicode (ví dụ bằng chức năng chuyển mã của Unikey).',
    ]);
  });

  it("keeps garbled text as it is, with a warning", async () => {
    const bytes = await decisionBook([personRow(1, "Hµ Nội Haø")]);
    const r = await ingestFile("can-bo.xlsx", memoryIo({ "can-bo.xlsx": bytes }));
    expect((r.records[0]!.data as { people: Array<{ fullName: string }> }).people[0]!.fullName).toBe("Hµ Nội Haø");
    expect(r.issues.map((i) => [i.code, i.severity, i.source?.row, i.source?.column])).toEqual([["legacy_text_suspect", "warning", 2, "Họ và tên"]]);
  });
});
