// Canonical subsets: each face's glyphs enter its subset up front, in glyph-id order, before anything is drawn.
import type { FaceKey, LaidDoc, PageItem } from "../../layout/types.js";
import { isPlainText } from "./fast-font.js";
import type * as fontkit from "fontkit";
import type { PdfFace, PdfFaces } from "./pdf-faces.js";
import type { PdfFontInternals, PdfInternals } from "./pdf-internals.js";

type TextItem = Extract<PageItem, { type: "text" }>;

/** Each plannable text item's glyphs as the content stream writes them: four hex digits of a subset index each. */
export type GlyphPlan = Map<TextItem, string>;

/** Text the plan can predict glyph by glyph: one glyph per code point (all in the BMP) at its raw advance. */
const plannable = (text: string): boolean => text !== "" && !text.includes("\n") && isPlainText(text);

/**
 * Scratch tables by BMP code point, one per face, reused by every document (planning is synchronous): `seen` holds
 * the number of the document that last met the code point, `hex` its glyph as that document writes it.
 */
interface Scratch {
  seen: Uint32Array;
  hex: string[];
}
const scratch = new Map<FaceKey, Scratch>();
let generation = 0;

function scratchFor(face: FaceKey): Scratch {
  let s = scratch.get(face);
  if (!s) scratch.set(face, (s = { seen: new Uint32Array(0x10000), hex: new Array<string>(0x10000).fill("") }));
  return s;
}

/** Each face's code points in order of first use, faces in order of first use; null marks an unplannable face. */
function codePointsByFace(doc: LaidDoc, stamp: number): Map<FaceKey, number[] | null> {
  const byFace = new Map<FaceKey, number[] | null>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.type !== "text") continue;
      let list = byFace.get(item.face);
      if (list === null) continue;
      if (!plannable(item.text)) {
        byFace.set(item.face, null);
        continue;
      }
      if (!list) byFace.set(item.face, (list = []));
      addUnseen(item.text, scratchFor(item.face).seen, stamp, list);
    }
  }
  return byFace;
}

/** Appends to `list` the code points of `text` this document has not met yet (`seen` marks them with `stamp`). */
function addUnseen(text: string, seen: Uint32Array, stamp: number, list: number[]): void {
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (seen[cp] !== stamp) {
      seen[cp] = stamp;
      list.push(cp);
    }
  }
}

/**
 * Letters and signs every regular-face subset carries, used or not: printable ASCII, the Vietnamese alphabet with its
 * five tone marks in both cases, and the typographic signs of the templates. The regular face prints the record's
 * data (names, units, free text), so its glyphs differed by a letter or two from one document to the next and its
 * font program, widths and ToUnicode map were built and compressed again for 87 % of one-page decisions (bold and
 * italic print mostly the form's own wording and hit the memo). With the base set, a document whose regular text
 * stays within it gets the very same subset as the one before. Measured: see docs/benchmarks.md.
 */
const BASE_TEXT =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
  "ĂÂĐÊÔƠƯăâđêôơư" +
  "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ" +
  "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ" +
  "\u00a0–—‘’“”…•§°№";
const BASE_FACES: ReadonlySet<FaceKey> = new Set(["regular"]);
const IN_BASE = new Uint8Array(0x10000);
for (let i = 0; i < BASE_TEXT.length; i++) IN_BASE[BASE_TEXT.charCodeAt(i)] = 1;

/**
 * What a face's subset is when a document prints nothing outside the base set, found once per face: the glyphs in
 * id order, the subset index each takes, and the hex of each base code point. Most documents take this path.
 */
interface BasePlan {
  glyphs: fontkit.Glyph[];
  indices: number[];
  hex: string[];
}
const basePlans = new WeakMap<PdfFace, BasePlan>();

const HEX: string[] = [];
const hex4 = (n: number): string => (HEX[n] ??= n.toString(16).padStart(4, "0"));

/**
 * Adds a glyph to the document's subset with pdfkit's bookkeeping (subset index, width, code points); the glyph is
 * the one the code point that first asked for its id maps to, as pdfkit's layout would look it up.
 */
function include(font: PdfFontInternals, glyph: fontkit.Glyph): number {
  const index = font.subset.includeGlyph(glyph.id);
  font.widths[index] ??= glyph.advanceWidth * font.scale;
  font.unicode[index] ??= glyph.codePoints;
  return index;
}

/** The base plan's glyphs into this document's subset; false if an index came out otherwise (then plan afresh). */
function includeAll(font: PdfFontInternals, base: BasePlan): boolean {
  for (let i = 0; i < base.glyphs.length; i++) if (include(font, base.glyphs[i]!) !== base.indices[i]) return false;
  return true;
}

/**
 * Puts every glyph a face prints into its subset in glyph-id order, so that a subset (its font program, widths and
 * ToUnicode map) depends only on which glyphs the document uses, not on the order it prints them: documents using
 * the same glyphs share those bytes, which lets their encoding and compression be done once (see stream-memo.ts).
 * The bookkeeping is pdfkit's own `encode()`'s (subset index, width, code points per glyph). Faces are selected in
 * order of first use, as drawing would, so font resource names stay as they were. A face with text that needs the
 * shaper (combining marks and the like) is left to pdfkit, in first-use order.
 */
export function planGlyphs(pdf: PDFKit.PDFDocument, doc: LaidDoc, faces: PdfFaces): GlyphPlan {
  if (++generation > 0xffffffff) {
    // After four billion documents in one process: start the count again on clean tables.
    generation = 1;
    for (const s of scratch.values()) s.seen.fill(0);
  }
  const planned = new Map<FaceKey, string[]>();
  for (const [face, codePoints] of codePointsByFace(doc, generation)) {
    const font = (pdf.font(face) as unknown as PdfInternals)._font;
    if (!codePoints) continue;
    const f = faces[face];
    const hasBase = BASE_FACES.has(face);
    const withinBase = hasBase && codePoints.every((cp) => IN_BASE[cp] === 1);
    const base = withinBase ? basePlans.get(f) : undefined;
    if (base && includeAll(font, base)) {
      planned.set(face, base.hex);
      continue;
    }
    const printed = codePoints.length;
    if (hasBase) addUnseen(BASE_TEXT, scratchFor(face).seen, generation, codePoints);
    const first = new Map<number, number>();
    for (const cp of codePoints) {
      const gid = f.glyphId(cp);
      if (!first.has(gid)) first.set(gid, cp);
    }
    const glyphs = [...first.keys()].sort((a, b) => a - b).map((gid) => f.glyph(first.get(gid)!));
    const indices = glyphs.map((glyph) => include(font, glyph));
    const hexByGid = new Map(glyphs.map((g, i) => [g.id, hex4(indices[i]!)]));
    const hex = scratchFor(face).hex;
    for (let i = 0; i < printed; i++) hex[codePoints[i]!] = hexByGid.get(f.glyphId(codePoints[i]!))!;
    planned.set(face, hex);
    // The first document within the base set: remember its subset for the next ones.
    if (withinBase && !basePlans.has(f)) {
      const baseHex = new Array<string>(0x10000).fill("");
      for (let i = 0; i < BASE_TEXT.length; i++) baseHex[BASE_TEXT.charCodeAt(i)] = hexByGid.get(f.glyphId(BASE_TEXT.charCodeAt(i)))!;
      basePlans.set(f, { glyphs, indices, hex: baseHex });
    }
  }
  const plan: GlyphPlan = new Map();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.type !== "text") continue;
      const hex = planned.get(item.face);
      if (!hex) continue;
      let s = "";
      for (let i = 0; i < item.text.length; i++) s += hex[item.text.charCodeAt(i)];
      plan.set(item, s);
    }
  }
  return plan;
}
