// Reads the appendix table back from a PDF: the grid from the drawn cell borders, the text of every
// cell from the text items inside it, page by page.
import { horizontalLines, type Rendered } from "./helpers.js";

export const HEADERS = ["STT", "Họ và tên", "Năm sinh", "Chức vụ và đơn vị hiện nay", "Nơi đến công tác và chức vụ", "Thời gian luân chuyển", "Từ ngày"];

export interface TablePage {
  page: number;
  /** Top border of the table on this page (points from the top edge). */
  top: number;
  bottom: number;
  /** Column borders, left to right. */
  columns: number[];
  /** The bottom border of each row, top down. */
  rowBottoms: number[];
  /** Cell texts of each row (a cell's lines joined with spaces). */
  rows: string[][];
}

const uniq = (values: number[]): number[] =>
  [...values]
    .sort((a, b) => a - b)
    .filter((v, i, all) => i === 0 || v - all[i - 1]! > 0.5);

/** The bordered table on each page that has one. */
export function tablePages(r: Rendered): TablePage[] {
  const out: TablePage[] = [];
  r.paths.forEach((paths, index) => {
    const page = index + 1;
    const vertical = paths.filter((p) => p.paint === "stroke" && p.points.length === 2 && Math.abs(p.points[0]![0] - p.points[1]![0]) < 0.01 && Math.abs(p.points[0]![1] - p.points[1]![1]) > 2);
    if (vertical.length === 0) return;
    const top = Math.min(...vertical.flatMap((p) => p.points.map((q) => q[1])));
    const bottom = Math.max(...vertical.flatMap((p) => p.points.map((q) => q[1])));
    const columns = uniq(vertical.map((p) => p.points[0]![0]));
    const rowLines = uniq(
      horizontalLines(r)
        .filter((s) => s.page === page && s.paint === "stroke" && s.y >= top - 0.5 && s.y <= bottom + 0.5 && s.x2 - s.x1 > 100)
        .map((s) => s.y),
    );
    const items = r.items.filter((i) => i.page === page && i.y > top && i.y < bottom);
    const rows: string[][] = [];
    for (let n = 1; n < rowLines.length; n++) {
      const [y1, y2] = [rowLines[n - 1]!, rowLines[n]!];
      rows.push(
        columns.slice(0, -1).map((x1, c) =>
          items
            .filter((i) => i.y > y1 && i.y < y2 && i.x >= x1 && i.x < columns[c + 1]!)
            .sort((a, b) => a.y - b.y || a.x - b.x)
            .map((i) => i.str)
            .join(" "),
        ),
      );
    }
    out.push({ page, top, bottom, columns, rowBottoms: rowLines.slice(1), rows });
  });
  return out;
}
