// An LTable as a DOCX table: fixed grid from the layout's columns, borderless layout grids, ruled data tables.
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import type { IBorderOptions, ITableBordersOptions } from "docx";
import type { LCell, LRow, LTable } from "../../layout/types.js";
import { renderPara, spacerParagraph } from "./paragraph.js";
import type { ParaContext } from "./paragraph.js";
import { eighths, twips } from "./units.js";

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, space: 0, color: "auto" };

const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function ruled(width: number): ITableBordersOptions {
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: eighths(width), space: 0, color: "000000" };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

const dxa = (pt: number) => ({ size: twips(pt), type: WidthType.DXA });

function renderCell(c: LCell, ctx: ParaContext, keepNext: boolean): TableCell {
  // A cell must hold a paragraph: an empty one gets the 1 pt spacer rather than a full Normal line.
  const children = c.paras.length > 0 ? c.paras.map((p) => renderPara(p, ctx, keepNext)) : [spacerParagraph(keepNext)];
  return new TableCell({ width: dxa(c.width), columnSpan: c.span, verticalAlign: c.vAlign === "center" ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP, children });
}

function renderRow(r: LRow, ctx: ParaContext, keepNext: boolean): TableRow {
  return new TableRow({
    tableHeader: r.header || undefined,
    cantSplit: r.cantSplit || undefined,
    children: r.cells.map((c) => renderCell(c, ctx, keepNext)),
  });
}

export function renderTable(t: LTable, ctx: ParaContext): Table {
  const grid = t.columns.map(twips);
  const m = t.cellMargin;
  return new Table({
    // The sum of the rounded columns, so the grid and the table width agree to the twip.
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: grid,
    indent: dxa(0),
    layout: TableLayoutType.FIXED,
    margins: {
      marginUnitType: WidthType.DXA,
      top: twips(m.top),
      bottom: twips(m.bottom),
      left: twips(m.left),
      right: twips(m.right),
    },
    borders: t.role === "data" && t.borders ? ruled(t.borderWidth) : NO_BORDERS,
    rows: t.rows.map((r) => renderRow(r, ctx, t.keepNext)),
  });
}
