// Vietnamese collation of words and personal names, implemented explicitly (ICU's vi data varies by Node build).
//
// Letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with the Latin letters f j w z
// (foreign names) in their Latin places; letter by letter, no digraph letters (ch, ng, nh … sort as
// their single letters, as ICU's `vi` does). Tones only break ties between equal letters, in the
// dictionary order: no mark, huyền, hỏi, ngã, sắc, nặng (as CLDR's `vi` tailoring, Hoàng Phê's
// Từ điển tiếng Việt). A syllable carries one tone, so the tone is taken per word, wherever the mark
// sits: "Hòa" and "Hoà" (old and new placement) compare equal. Case is ignored; input may be NFD.

const ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const LETTER_RANK = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Combining tone marks in collation order (index + 1 is the tone's rank; 0 is no mark). */
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // huyền, hỏi, ngã, sắc, nặng
const TONE_RANK = new Map<string, number>(TONE_MARKS.map((m, i) => [m, i + 1]));

interface WordKey {
  /** Rank of each base letter (tone removed); characters outside the alphabet rank after it by code point. */
  letters: number[];
  /** Ranks of the tone marks in the word, in reading order (normally one). */
  tones: number[];
}

function keyOf(word: string): WordKey {
  const letters: number[] = [];
  const tones: number[] = [];
  for (const ch of word.normalize("NFC").toLowerCase()) {
    let base = "";
    for (const part of ch.normalize("NFD")) {
      const tone = TONE_RANK.get(part);
      if (tone === undefined) base += part;
      else tones.push(tone);
    }
    const letter = base.normalize("NFC");
    // A space ends a word: "An Bình" sorts before "Anh".
    letters.push(/^\s$/.test(letter) ? -1 : (LETTER_RANK.get(letter) ?? ALPHABET.length + (letter.codePointAt(0) ?? 0)));
  }
  return { letters, tones };
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Compares two words (or strings): letters first, then tones; 0 when they differ only in case or mark placement. */
export function compareVietnamese(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return Math.sign(compareArrays(ka.letters, kb.letters) || compareArrays(ka.tones, kb.tones));
}

/** Word by word; a list that is a prefix of the other comes first. */
function compareWords(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareVietnamese(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

export interface NameParts {
  family: string;
  middle: string[];
  given: string;
}

/** `Nguyễn Thị Minh Khai` → family Nguyễn, middle [Thị, Minh], given Khai; a one-word name is only a given name. */
export function splitName(fullName: string): NameParts {
  const words = fullName.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { family: "", middle: [], given: words[0] ?? "" };
  return { family: words[0]!, middle: words.slice(1, -1), given: words[words.length - 1]! };
}

/** Vietnamese name order: given name, then the middle names, then the family name. */
export function compareNames(a: string, b: string): number {
  const pa = splitName(a);
  const pb = splitName(b);
  return compareVietnamese(pa.given, pb.given) || compareWords(pa.middle, pb.middle) || compareVietnamese(pa.family, pb.family);
}

/** A sorted copy in Vietnamese name order; people whose names compare equal keep their input order. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => compareNames(nameOf(x.item), nameOf(y.item)) || x.index - y.index)
    .map((x) => x.item);
}
