// The laid-out document: the only thing backends see. Lengths in points; y grows downwards from the page top.
import type { DocMeta } from "../model/index.js";
import type { Align, StyleName } from "../profiles/index.js";

/** The four text faces, and `symbol` for the few signs the text font lacks (☐ ☒). */
export type FaceKey = "regular" | "bold" | "italic" | "boldItalic" | "symbol";

/** Text with resolved typography (caps already applied to `text`). */
export interface LRun {
  text: string;
  face: FaceKey;
  size: number;
  underline: boolean;
  /** A tab to the paragraph's `leaderTab` stop, drawn as a dotted leader (text is "\t"). */
  tab?: boolean;
}

/** A paragraph's formatting, written 1:1 as DOCX paragraph properties and obeyed by the PDF layout. */
export interface ParaFormat {
  /** DOCX style id: the element name from the profile, or `rule` for a drawn rule. */
  style: StyleName | "rule";
  align: Align;
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Exact line height (Word "Exactly"). */
  lineHeight: number;
  keepNext: boolean;
  /** Starts a new page (DOCX pageBreakBefore). */
  pageBreakBefore: boolean;
  /** Word's widow control: no first or last line of the paragraph alone on a page (DOCX widowControl). */
  widowControl: boolean;
  /** Right-aligned tab stop with a dot leader, from the paragraph box's left edge (DOCX w:tab leader="dot"). */
  leaderTab?: number;
  /** A rule paragraph has no runs and a solid bottom border of this width; its length is the width between its indents. */
  borderBottom?: number;
}

/** One measured piece of a line; `x` is relative to the paragraph's content box left edge. */
export interface LFragment extends LRun {
  x: number;
  width: number;
}

export interface LLine {
  fragments: LFragment[];
  /** Natural width of the line's text (before justification stretch). */
  width: number;
}

export interface LPara {
  type: "para";
  format: ParaFormat;
  runs: LRun[];
  lines: LLine[];
  /** spaceBefore + lines × lineHeight + spaceAfter. */
  height: number;
}

export interface LCell {
  width: number;
  /** Grid columns the cell covers (DOCX gridSpan); 1 when absent. */
  span?: number;
  paras: LPara[];
  /** Where the content sits in a row taller than it (DOCX w:vAlign); top when absent. */
  vAlign?: "top" | "center";
}

export interface LRow {
  cells: LCell[];
  /** Content height including the cell margins. */
  height: number;
  /** Repeated at the top of each page the table continues on (DOCX tblHeader). */
  header: boolean;
  /** Never split across pages (DOCX cantSplit). */
  cantSplit: boolean;
  /** Kept on one page with the next row (DOCX keepNext on the row's paragraphs, which Word and LibreOffice obey). */
  keepNext?: boolean;
}

export interface LTable {
  type: "table";
  /** header and signature tables are borderless layout grids; a group holds paragraphs that never part
   * (a choice list and its question) in one unsplittable row; data tables have borders. */
  role: "header" | "signature" | "group" | "data";
  columns: number[];
  borders: boolean;
  borderWidth: number;
  cellMargin: { left: number; right: number; top: number; bottom: number };
  rows: LRow[];
  keepNext: boolean;
}

export type LBlock = LPara | LTable;

export interface PageSetup {
  width: number;
  height: number;
  orientation: "portrait" | "landscape";
  margins: { top: number; bottom: number; left: number; right: number };
}

/** A run of blocks sharing one page setup (a DOCX section). Each section starts on a new page. */
export interface LSection {
  page: PageSetup;
  blocks: LBlock[];
  /** The section numbers its pages from 1 (an appendix), its first page unnumbered like the document's. */
  restartNumbering?: boolean;
}

export type PageItem =
  | { type: "text"; x: number; baseline: number; text: string; face: FaceKey; size: number; underline: boolean }
  | { type: "line"; x1: number; y1: number; x2: number; y2: number; width: number };

export interface PageBox {
  number: number;
  width: number;
  height: number;
  items: PageItem[];
}

export interface LaidDoc {
  meta: DocMeta;
  fontFamily: string;
  /** Font named in DOCX for the symbol face. */
  symbolFamily: string;
  /** Page numbers: centred, `top` from the page's top edge, shown from page `fromPage` on. */
  pageNumber: { fromPage: number; top: number; size: number; lineHeight: number };
  sections: LSection[];
  /** The same flow paginated and positioned: what the PDF draws and what Word should show. */
  pages: PageBox[];
}
