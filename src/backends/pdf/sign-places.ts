// Where `sign` finds its places in the file alone: the gap between the signer's title and name, and the open number and
// date of a document rendered before numbering (`Số:      /QĐ-UBND`, `ngày      tháng      năm 2026`). PDF user space, y up.
import { signAnchors } from "../../layout/anchors.js";
import type { LaidDoc, PageItem } from "../../layout/types.js";
import type { PdfFaces } from "./pdf-faces.js";

type TextItem = Extract<PageItem, { type: "text" }>;
const round = (n: number): number => Math.round(n * 100) / 100;

/** A run of two or more spaces after `before` (a regular expression source), as [x1, x2, baseline, size]. */
function blankAfter(item: TextItem, before: RegExp, faces: PdfFaces, pageHeight: number): number[] | undefined {
  const m = new RegExp(`${before.source}( {2,})`).exec(item.text);
  if (!m) return undefined;
  const width = (s: string) => faces[item.face].width(s) * item.size;
  const start = item.x + width(item.text.slice(0, m.index + m[0].length - m[1]!.length));
  return [start, start + width(m[1]!), pageHeight - item.baseline, item.size].map(round);
}

export function signPlaces(doc: LaidDoc, faces: PdfFaces): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const a = signAnchors(doc);
  const page = a && doc.pages[a.signer.page];
  if (a && page) {
    const b = a.signer;
    out.Page = b.page;
    out.Signer = [b.x, page.height - b.top - b.height, b.x + b.width, page.height - b.top].map(round);
  }
  const first = doc.pages[0];
  for (const item of first?.items ?? []) {
    if (item.type !== "text") continue;
    const number = blankAfter(item, /^Số:?/, faces, first!.height);
    if (number) out.Number = number;
    const day = blankAfter(item, /ngày/, faces, first!.height);
    const month = blankAfter(item, /tháng/, faces, first!.height);
    if (day && month) Object.assign(out, { Day: day, Month: month });
  }
  return Object.keys(out).length ? out : undefined;
}
