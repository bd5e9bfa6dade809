// Hand-built laid-out documents for the PDF backend tests: two pages, all four faces, a rule, an underline, landscape.
import type { FaceKey, LaidDoc, PageItem } from "../../../src/layout/types.js";

const A4 = { width: 595.28, height: 841.89 };

export type TextItem = Extract<PageItem, { type: "text" }>;
export type LineItem = Extract<PageItem, { type: "line" }>;

const text = (x: number, baseline: number, s: string, face: FaceKey, size: number, underline = false): TextItem => ({
  type: "text",
  x,
  baseline,
  text: s,
  face,
  size,
  underline,
});

const line = (x1: number, y1: number, x2: number, y2: number, width: number): LineItem => ({
  type: "line",
  x1,
  y1,
  x2,
  y2,
  width,
});

export function sampleDoc(overrides: Partial<LaidDoc["meta"]> = {}): LaidDoc {
  return {
    meta: {
      kind: "quyet-dinh-luan-chuyen",
      version: "qd65-2022",
      profile: "nd30",
      title: "Quyết định về việc luân chuyển cán bộ",
      subject: "Luân chuyển ông Nguyễn Văn Ánh",
      author: "Ủy ban nhân dân tỉnh Thanh Hóa",
      createdAt: "2026-02-05T08:30:00.000Z",
      ...overrides,
    },
    fontFamily: "Times New Roman",
    symbolFamily: "Segoe UI Symbol",
    pageNumber: { fromPage: 2, top: 28.35, size: 14, lineHeight: 18 },
    sections: [],
    pages: [
      {
        number: 1,
        ...A4,
        items: [
          text(70.87, 75.2, "ỦY BAN NHÂN DÂN", "bold", 13),
          text(250.5, 75.2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold", 13),
          text(297.25, 93.4, "Độc lập - Tự do - Hạnh phúc", "bold", 14),
          line(297.25, 97.6, 470.03, 97.6, 0.5),
          text(80.12, 120.35, "Số: 15/QĐ-UBND", "regular", 13),
          text(276.8, 120.35, "Thanh Hóa, ngày 05 tháng 02 năm 2026", "italic", 14),
          text(120.5, 170.1, "AVATAR Tây Wo fi ffl Ta Yo", "regular", 14),
          text(85.04, 700.2, "Nơi nhận:", "boldItalic", 12, true),
          text(85.04, 714.6, "- Như Điều 3;", "regular", 11),
        ],
      },
      {
        number: 2,
        width: A4.height,
        height: A4.width,
        items: [
          text(417.45, 42.35, "2", "regular", 14),
          text(85.04, 90.5, "Điều 2. Ông Nguyễn Văn Ánh có trách nhiệm bàn giao công việc.", "regular", 14),
          text(85.04, 120.75, "Kết quả đánh giá", "bold", 14, true),
          line(85.04, 130, 756.85, 130, 1),
        ],
      },
    ],
  };
}

export const textItems = (doc: LaidDoc): TextItem[][] =>
  doc.pages.map((p) => p.items.filter((i): i is TextItem => i.type === "text"));

export const lineItems = (doc: LaidDoc): LineItem[][] =>
  doc.pages.map((p) => p.items.filter((i): i is LineItem => i.type === "line"));
