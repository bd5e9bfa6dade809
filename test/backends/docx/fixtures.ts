// Hand-built LaidDoc fixtures for the DOCX backend: an nd30-like decision with a landscape annex.
import type { FaceKey, LaidDoc, LBlock, LPara, LRow, LRun, LTable, ParaFormat } from "../../../src/layout/types.js";

const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export const run = (text: string, face: FaceKey = "regular", size = 14, underline = false): LRun => ({
  text,
  face,
  size,
  underline,
});

/** A paragraph; `lines` are a rough single line, which the DOCX backend ignores anyway. */
export function para(style: ParaFormat["style"], runs: LRun[], opts: Partial<ParaFormat> = {}): LPara {
  const format: ParaFormat = {
    style,
    align: "center",
    indentLeft: 0,
    indentRight: 0,
    firstLine: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight: 18,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: true,
    ...opts,
  };
  const fragments = runs.map((r) => ({ ...r, x: 0, width: r.text.length * r.size * 0.45 }));
  const lines = runs.length > 0 ? [{ fragments, width: fragments.reduce((a, f) => a + f.width, 0) }] : [];
  const height = format.spaceBefore + Math.max(1, lines.length) * format.lineHeight + format.spaceAfter;
  return { type: "para", format, runs, lines, height };
}

/** A rule `length` long centred in a box `width` wide. */
export const rule = (width: number, length: number, thickness = 0.75): LPara =>
  para("rule", [], { indentLeft: (width - length) / 2, indentRight: (width - length) / 2, lineHeight: 3, borderBottom: thickness });

const row = (cells: LPara[][], columns: number[], flags: Partial<LRow> = {}): LRow => ({
  cells: cells.map((paras, i) => ({ width: columns[i] ?? 0, paras })),
  height: 24,
  header: false,
  cantSplit: false,
  ...flags,
});

function table(role: LTable["role"], columns: number[], rows: LRow[], keepNext = false): LTable {
  const borders = role === "data";
  const cellMargin = borders ? { left: 5.4, right: 5.4, top: 0, bottom: 0 } : { left: 0, right: 0, top: 0, bottom: 0 };
  return { type: "table", role, columns, borders, borderWidth: 0.5, cellMargin, rows, keepNext };
}

const HEAD = [190, 277.72];

export function headerTable(): LTable {
  const left = [
    para("parentBody", [run("ỦY BAN NHÂN DÂN", "regular", 13)]),
    para("issuingBody", [run("TỈNH THANH HÓA", "bold", 13)]),
    rule(190, 50),
    para("number", [run("Số: 15/QĐ-UBND", "regular", 13)], { spaceBefore: 6 }),
  ];
  const right = [
    para("nationalTitle", [run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold", 13)]),
    para("motto", [run("Độc lập - Tự do - Hạnh phúc", "bold")]),
    rule(277.72, 170),
    para("placeDate", [run("Thanh Hóa, ngày 05 tháng 02 năm 2026", "italic")], { spaceBefore: 6 }),
  ];
  return table("header", HEAD, [row([left, right], HEAD)]);
}

const BODY_TEXT =
  "Luân chuyển ông Nguyễn Văn An, Phó Giám đốc Sở Nội vụ, đến nhận công tác tại Ủy ban nhân dân xã Quảng Phú " +
  "kể từ ngày 01 tháng 3 năm 2026; thời gian luân chuyển là 36 tháng, theo quy định về luân chuyển cán bộ.";

export const bodyPara = (label: string): LPara =>
  para("body", [run(label, "bold"), run(` ${BODY_TEXT}`)], { align: "justify", firstLine: 36, spaceAfter: 6 });

const DATA = [40, 180, 130, 117.72];

export function dataTable(columns = DATA): LTable {
  const th = (text: string) => [para("tableHeader", [run(text, "bold", 13)])];
  const td = (text: string) => [para("tableCell", [run(text, "regular", 13)], { align: "left" })];
  const head = row(["TT", "Họ và tên", "Chức vụ", "Nơi đến"].map(th), columns, { header: true, cantSplit: true });
  const body = ["A", "B", "C"].map((x, i) =>
    row([td(String(i + 1)), td(`Nguyễn Văn ${x}`), td("Phó Giám đốc"), td("Xã Quảng Phú")], columns, { cantSplit: true }),
  );
  return table("data", columns, [head, ...body], true);
}

export function signatureTable(): LTable {
  const cols = [233.86, 233.86];
  const left = [
    para("recipientsLabel", [run("Nơi nhận:", "boldItalic", 12)], { align: "left" }),
    para("recipient", [run("- Lưu: VT, TCCB.", "regular", 11)], { align: "left" }),
  ];
  const right = [
    para("signatureAuthority", [run("TM. ỦY BAN NHÂN DÂN", "bold")]),
    para("signatureTitle", [run("CHỦ TỊCH", "bold")], { spaceAfter: 79 }),
    para("signerName", [run("Lê Văn Bình", "bold")]),
  ];
  return table("signature", cols, [row([left, right], cols)]);
}

/** Two sections: a portrait decision long enough for page 2, and a landscape annex with a wide table. */
export function decisionDoc(bodyCount = 40): LaidDoc {
  const blocks: LBlock[] = [
    headerTable(),
    para("docType", [run("QUYẾT ĐỊNH", "bold")], { spaceBefore: 24, keepNext: true }),
    para("summary", [run("Về việc luân chuyển cán bộ", "bold")], { keepNext: true }),
    rule(467.72, 120),
    ...Array.from({ length: bodyCount }, (_, i) => bodyPara(`Điều ${i + 1}.`)),
    dataTable(),
    signatureTable(),
  ];
  const landscape = { width: A4.height, height: A4.width, orientation: "landscape" as const, margins: MARGINS };
  return {
    meta: {
      kind: "quyet-dinh-luan-chuyen",
      version: "qd65-2022",
      profile: "nd30",
      title: "Quyết định luân chuyển cán bộ & <thử>",
      subject: "Về việc luân chuyển cán bộ",
      author: "Ủy ban nhân dân tỉnh Thanh Hóa",
      createdAt: "2026-02-05T08:30:00Z",
    },
    fontFamily: "Times New Roman",
    symbolFamily: "Segoe UI Symbol",
    pageNumber: { fromPage: 2, top: 10 * MM, size: 14, lineHeight: 18 },
    sections: [
      { page: { ...A4, orientation: "portrait", margins: MARGINS }, blocks },
      { page: landscape, blocks: [para("heading", [run("PHỤ LỤC", "bold")]), dataTable([40, 300, 200, 192.28])] },
    ],
    pages: [],
  };
}
