// What went wrong with a CSV's text before we read it: UTF-16 ("Unicode text" in Excel), or letters already lost as "?".
import iconv from "iconv-lite";

/** UTF-16 by its byte-order mark, or by the zero bytes ASCII letters, digits and separators leave in one half of each pair. */
export function utf16Of(bytes: Uint8Array): "utf16le" | "utf16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf16be";
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return "utf16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return "utf16be";
  return undefined;
}

/** The text of a UTF-16 file, without its byte-order mark; undefined when the bytes are not whole pairs. */
export function decodeUtf16(bytes: Uint8Array, encoding: "utf16le" | "utf16be"): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

const MID_WORD = /\p{L}\?+\p{L}/gu;
const MID_WORD_ONE = /\p{L}\?+\p{L}/u;
const WORD = /[\p{L}?]*\?[\p{L}?]*/u;

/**
 * A word with "?" where a letter was: Excel's plain "CSV" on a computer without Vietnamese settings writes every
 * letter its code page lacks (ọ, ễ, ư, đ …) as "?". Found in the header line, or inside three words of the text.
 */
export function lostLetters(text: string): string | undefined {
  if (!text.includes("?")) return undefined;
  const end = text.indexOf("\n");
  const header = end < 0 ? text : text.slice(0, end);
  // One header ending in "?" ("Đảng viên?") is a question; a "?" inside a word, or two of them, is a lost letter.
  const inHeader = MID_WORD_ONE.test(header) || (header.match(/\p{L}\?|\?\p{L}/gu) ?? []).length >= 2;
  const mid = text.match(MID_WORD) ?? [];
  if (!inHeader && mid.length < 3) return undefined;
  return WORD.exec(inHeader ? header : text)?.[0];
}
