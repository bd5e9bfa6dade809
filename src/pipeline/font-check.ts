// Checks an organisation's font file before it reaches the layout: a TrueType font that holds Vietnamese letters.
import * as fontkit from "fontkit";

export type FontProblem = "not_font" | "cff" | "collection" | "truncated" | "no_vietnamese";

/** Largest font file accepted: Times New Roman is under 1 MB, the biggest Latin fonts are a few MB. */
export const MAX_FONT_BYTES = 32 * 1024 * 1024;

/** Tables a TrueType font needs for measuring and for the PDF subset (glyf outlines, not CFF). */
const REQUIRED = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"];
/** Letters every Vietnamese document prints: a font without them would print boxes. */
const VIETNAMESE = "ĐđƯươăâêôệộữẠạẾế";

const tag = (v: DataView, at: number): string => String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));

/** Signature and table directory: every table the font needs is present and lies inside the file. */
function checkDirectory(bytes: Uint8Array): FontProblem | undefined {
  if (bytes.length < 12) return bytes.length === 0 ? "not_font" : "truncated";
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = tag(v, 0);
  if (sig === "OTTO") return "cff";
  if (sig === "ttcf") return "collection";
  if (v.getUint32(0) !== 0x00010000 && sig !== "true") return "not_font";
  const count = v.getUint16(4);
  if (12 + 16 * count > bytes.length) return "truncated";
  const found = new Set<string>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (v.getUint32(at + 8) + v.getUint32(at + 12) > bytes.length) return "truncated";
    found.add(tag(v, at));
  }
  return REQUIRED.every((t) => found.has(t)) ? undefined : "not_font";
}

/** Undefined when the bytes are a usable TrueType font with the Vietnamese letters; else what is wrong. */
export function checkFont(bytes: Uint8Array): FontProblem | undefined {
  const bad = checkDirectory(bytes);
  if (bad) return bad;
  try {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as fontkit.Font;
    for (const ch of VIETNAMESE) {
      if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) return "no_vietnamese";
      // Decoding the glyph reads loca, glyf and hmtx: a table cut short or garbage inside one throws here.
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      if (!Number.isFinite(glyph.advanceWidth) || !glyph.path) return "truncated";
    }
    return undefined;
  } catch {
    return "truncated";
  }
}
