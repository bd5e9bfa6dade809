// An LSection as a DOCX section: the exact page box and margins, and the page-number header.
import { Header, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import type { FileChild, ISectionOptions } from "docx";
import type { LaidDoc, LSection, ParaFormat } from "../../layout/types.js";
import { paraProps, runProps } from "./paragraph.js";
import { twips } from "./units.js";

/** The style id of the header paragraph, also defined in styles.xml. */
export const PAGE_NUMBER_STYLE = "pageNumber";

type PageNumberSpec = LaidDoc["pageNumber"];

function headerFormat(pn: PageNumberSpec): ParaFormat {
  return {
    style: PAGE_NUMBER_STYLE,
    align: "center",
    indentLeft: 0,
    indentRight: 0,
    firstLine: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineHeight: pn.lineHeight,
    keepNext: false,
    pageBreakBefore: false,
    widowControl: false,
  };
}

/** A centred PAGE field; the empty variant has the same line so the body starts at the same place. */
function pageNumberHeader(pn: PageNumberSpec, font: string, withNumber: boolean): Header {
  const props = paraProps(headerFormat(pn), false);
  const children = withNumber
    ? [new TextRun({ ...runProps(pn.size, "regular", false, font), children: [PageNumber.CURRENT] })]
    : [];
  return new Header({ children: [new Paragraph({ ...props, children })] });
}

/**
 * Section `index` of `doc`. Numbers show from `pageNumber.fromPage`: page 1 of the first section is a title page
 * with an empty header when that is 2; later sections continue the numbering and number every page, except a
 * section that restarts it (`w:pgNumType w:start="1"`), whose first page is a title page again.
 * A `fromPage` above 2 cannot be expressed with a title page and is treated as 2.
 */
export function renderSection(doc: LaidDoc, index: number, s: LSection, children: FileChild[]): ISectionOptions {
  const pn = doc.pageNumber;
  // A section that restarts the numbering (an appendix) starts from 1 and, like the document, shows no number on its first page.
  const titlePage = (index === 0 || !!s.restartNumbering) && pn.fromPage > 1;
  const { page } = s;
  const landscape = page.orientation === "landscape";
  return {
    properties: {
      titlePage,
      page: {
        // docx swaps width and height for landscape; hand them over so that w:w and w:h are the page's own.
        size: {
          width: twips(landscape ? page.height : page.width),
          height: twips(landscape ? page.width : page.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        ...(s.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
        margin: {
          top: twips(page.margins.top),
          bottom: twips(page.margins.bottom),
          left: twips(page.margins.left),
          right: twips(page.margins.right),
          header: twips(pn.top),
          footer: twips(pn.top),
          gutter: 0,
        },
      },
    },
    headers: {
      default: pageNumberHeader(pn, doc.fontFamily, true),
      ...(titlePage ? { first: pageNumberHeader(pn, doc.fontFamily, false) } : {}),
    },
    children,
  };
}
