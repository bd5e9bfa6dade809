// An LPara as a DOCX paragraph: its format written 1:1 as direct properties, its runs as text runs.
import { AlignmentType, BorderStyle, LeaderType, LineRuleType, Paragraph, Tab, TabStopType, TextRun, UnderlineType } from "docx";
import type { IParagraphOptions, IRunOptions } from "docx";
import type { FaceKey, LPara, LRun, ParaFormat } from "../../layout/types.js";
import { eighths, halfPoints, twips } from "./units.js";

/** What a paragraph needs from the document: the font name, and the set of style ids used so far. */
export interface ParaContext {
  font: string;
  /** Font named for the symbol face (☐ ☒). */
  symbolFont: string;
  styles: Set<string>;
}

const ALIGN: Record<ParaFormat["align"], (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const BOLD: Record<FaceKey, boolean> = { regular: false, bold: true, italic: false, boldItalic: true, symbol: false };
const ITALIC: Record<FaceKey, boolean> = { regular: false, bold: false, italic: true, boldItalic: true, symbol: false };

/** Direct paragraph properties; widow control as the paginator applied it, so Word breaks pages alike. */
export function paraProps(f: ParaFormat, keepNext: boolean): IParagraphOptions {
  const indent =
    f.firstLine >= 0
      ? { left: twips(f.indentLeft), right: twips(f.indentRight), firstLine: twips(f.firstLine) }
      : { left: twips(f.indentLeft), right: twips(f.indentRight), hanging: twips(-f.firstLine) };
  return {
    style: f.style,
    alignment: ALIGN[f.align],
    indent,
    spacing: {
      before: twips(f.spaceBefore),
      after: twips(f.spaceAfter),
      line: twips(f.lineHeight),
      lineRule: LineRuleType.EXACT,
    },
    keepNext: keepNext || undefined,
    pageBreakBefore: f.pageBreakBefore || undefined,
    widowControl: f.widowControl,
    // Tab positions count from the text column's edge, as the layout's leaderTab does.
    tabStops: f.leaderTab === undefined ? undefined : [{ type: TabStopType.RIGHT, position: twips(f.leaderTab), leader: LeaderType.DOT }],
  };
}

/** Run properties; false flags are left out, as the styles under them set nothing. */
export function runProps(size: number, face: FaceKey, underline: boolean, font: string): IRunOptions {
  return {
    font,
    size: halfPoints(size),
    bold: BOLD[face] || undefined,
    italics: ITALIC[face] || undefined,
    underline: underline ? { type: UnderlineType.SINGLE } : undefined,
  };
}

export function renderRun(r: LRun, ctx: ParaContext): TextRun {
  const font = r.face === "symbol" ? ctx.symbolFont : ctx.font;
  if (r.tab) return new TextRun({ ...runProps(r.size, r.face, false, font), children: [new Tab()] });
  return new TextRun({ ...runProps(r.size, r.face, r.underline, font), text: r.text });
}

/** `keepNext` forces keep-with-next (a table kept with what follows); otherwise the format decides. */
export function renderPara(p: LPara, ctx: ParaContext, keepNext = false): Paragraph {
  const f = p.format;
  ctx.styles.add(f.style);
  const props = paraProps(f, keepNext || f.keepNext);
  if (f.borderBottom !== undefined) {
    // A rule: an empty paragraph whose bottom border spans the width between its indents.
    const bottom = { style: BorderStyle.SINGLE, size: eighths(f.borderBottom), space: 0, color: "000000" };
    return new Paragraph({ ...props, border: { bottom } });
  }
  return new Paragraph({ ...props, children: p.runs.map((r) => renderRun(r, ctx)) });
}

/** Height in points of the paragraph written after a table that is not followed by a paragraph. */
const SPACER_HEIGHT = 1;

/**
 * A 1 pt paragraph after a table that ends a section or precedes another table. Word needs a paragraph
 * to hold a section break or end the document (it would add a full 14 pt line), and it merges tables
 * that touch into one. `keepNext` carries a kept table on to the table after it.
 */
export function spacerParagraph(keepNext = false): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twips(SPACER_HEIGHT), lineRule: LineRuleType.EXACT },
    keepNext: keepNext || undefined,
    widowControl: false,
    run: { size: halfPoints(SPACER_HEIGHT) },
  });
}
