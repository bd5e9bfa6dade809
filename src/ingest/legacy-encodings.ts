// Text typed with the old Vietnamese fonts: TCVN3 (ABC, .VnTime) and VNI Windows, converted only when sure.
import { isAscii, isVietnameseLetter, isVietnameseWord, tokens } from "./vn-words.js";

/**
 * TCVN3 (TCVN 5712:1993, VN3): one byte per letter. Excel keeps such text as the Windows-1252
 * characters of those bytes (the .VnTime font drew them as Vietnamese), e.g. `NguyÔn V¨n §øc`.
 * Capitals with tone marks were drawn by the .VnTimeH font from the small letters' codes.
 */
const TCVN3_BYTES: Record<number, string> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};
/** Bytes 0xA0–0xFF are the same code points in Windows-1252 and Unicode. */
export const TCVN3 = new Map(Object.entries(TCVN3_BYTES).map(([b, u]) => [String.fromCharCode(Number(b)), u]));

/** VNI Windows: a base letter followed by a mark character (`Nguyeãn Vaên Ñöùc`), a few letters of their own. */
export const VNI_LETTERS = new Map(
  Object.entries({ ñ: "đ", Ñ: "Đ", ô: "ơ", Ô: "Ơ", ö: "ư", Ö: "Ư", æ: "ỉ", Æ: "Ỉ", ó: "ĩ", Ó: "Ĩ", ò: "ị", Ò: "Ị", î: "ỵ", Î: "Ỵ" }),
);
const ACUTE = "\u0301", GRAVE = "\u0300", HOOK = "\u0309", TILDE = "\u0303", DOT = "\u0323";
const CIRC = "\u0302", BREVE = "\u0306";
/** Mark character → [vowel modifier, tone], both cases. */
export const VNI_MARKS = new Map<string, [string, string]>(
  Object.entries({
    ù: ["", ACUTE], ø: ["", GRAVE], û: ["", HOOK], õ: ["", TILDE], ï: ["", DOT],
    â: [CIRC, ""], á: [CIRC, ACUTE], à: [CIRC, GRAVE], å: [CIRC, HOOK], ã: [CIRC, TILDE], ä: [CIRC, DOT],
    ê: [BREVE, ""], é: [BREVE, ACUTE], è: [BREVE, GRAVE], ú: [BREVE, HOOK], ü: [BREVE, TILDE], ë: [BREVE, DOT],
  }).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]] as Array<[string, [string, string]]>),
);

export function convertTcvn3(text: string): string {
  return [...text].map((ch) => TCVN3.get(ch) ?? ch).join("");
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Applies a mark to the letter before it when VNI allows it there (circumflex on a/e/o, breve on a, tones on vowels). */
function mark(prev: string, modifier: string, tone: string): string | undefined {
  const parts = prev.normalize("NFD");
  const base = parts[0]!.toLowerCase();
  const rest = parts.slice(1);
  if (!/[aeiouy]/.test(base) || TONE_MARKS.test(rest)) return undefined;
  if (modifier) {
    if (rest !== "" || (modifier === CIRC ? !/[aeo]/.test(base) : base !== "a")) return undefined;
  }
  return (parts + modifier + tone).normalize("NFC");
}

export function convertVni(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    const m = VNI_MARKS.get(ch);
    const prev = out[out.length - 1];
    const marked = m && prev !== undefined ? mark(prev, m[0], m[1]) : undefined;
    if (marked !== undefined) out[out.length - 1] = marked;
    else out.push(VNI_LETTERS.get(ch) ?? ch);
  }
  return out.join("");
}

/** `HãA` drawn in .VnTimeH is `HÓA`: a word of ASCII capitals keeps its converted letters capital too. */
function capitalWords(converted: string, source: string): string {
  const src = source.split(/(\s+)/);
  return converted
    .split(/(\s+)/)
    .map((w, i) => {
      const ascii = (src[i] ?? "").replace(/[^A-Za-z]/g, "");
      return ascii.length >= 2 && ascii === ascii.toUpperCase() ? w.toLocaleUpperCase("vi") : w;
    })
    .join("");
}

const suspicious = (word: string): boolean => !isAscii(word) && !isVietnameseWord(word);
const foreign = (word: string): boolean => [...word].some((ch) => !isVietnameseLetter(ch));
const clean = (text: string): boolean => tokens(text).every((w) => isAscii(w) || isVietnameseWord(w));

/** Unconvertible text is called garbled only on strong signs: a sign no Vietnamese word has (`§`, `ø`), or
 * several words, most of them, impossible; a lone unusual name (`Êban`) is not. */
function looksGarbled(words: string[]): boolean {
  const marked = words.filter((w) => !isAscii(w));
  const odd = marked.filter(suspicious).length;
  return marked.some(foreign) || (odd >= 2 && odd * 2 > marked.length);
}

export type LegacyCheck =
  | { status: "unicode" }
  | { status: "converted"; encoding: "TCVN3" | "VNI"; text: string }
  /** Looks garbled but no single conversion makes it clean Vietnamese: left as it is. */
  | { status: "garbled" };

/** Converts text only when it is not valid Vietnamese and exactly one legacy reading of it is. */
export function checkLegacy(text: string): LegacyCheck {
  if (isAscii(text) || !tokens(text).some(suspicious)) return { status: "unicode" };
  const tcvn = capitalWords(convertTcvn3(text), text);
  const vni = convertVni(text);
  const good = [
    { encoding: "TCVN3" as const, text: tcvn },
    { encoding: "VNI" as const, text: vni },
  ].filter((c) => c.text !== text && clean(c.text));
  if (good.length === 1) return { status: "converted", ...good[0]! };
  return looksGarbled(tokens(text)) ? { status: "garbled" } : { status: "unicode" };
}
