// Is a word a possible Vietnamese syllable? Decides whether legacy-encoded text converted cleanly.

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
/** Circumflex, breve and horn: they make â ê ô ă ơ ư, letters of their own. */
const MODIFIERS = new Set(["\u0302", "\u0306", "\u031b"]);

const ONSETS = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(" ");
const NUCLEI = new Set(
  (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê " +
    "iêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu yêu"
  ).split(" "),
);
const CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/** Lower-case letters with their vowel modifiers, tones stripped; undefined if a letter is not Vietnamese. */
function skeleton(word: string): { text: string; tones: number } | undefined {
  let text = "";
  let tones = 0;
  for (const ch of word.toLowerCase().normalize("NFD")) {
    if (TONES.has(ch)) tones++;
    else if (MODIFIERS.has(ch) || /[a-zđ]/.test(ch)) text += ch;
    else return undefined;
  }
  text = text.normalize("NFC");
  return /^[a-zđăâêôơư]+$/.test(text) && !/[fjwz]/.test(text) ? { text, tones } : undefined;
}

const MEMO_LIMIT = 50_000;
const seen = new Map<string, boolean>();

const hasCase = (w: string): boolean => {
  const rest = w.slice(1);
  return rest === rest.toLowerCase() || w === w.toUpperCase();
};

const alternation = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).join("|");
/** Onset, vowel nucleus and final consonant; `gi` alone (`gì`) is onset and vowel at once. */
const SYLLABLE = new RegExp(`^(?:(?:${alternation(ONSETS)})?(?:${alternation([...NUCLEI])})(?:${alternation(CODAS.filter(Boolean))})?|gi(?:${alternation(CODAS.filter(Boolean))})?)$`);

const fits = (text: string): boolean => SYLLABLE.test(text);

/** `Nguyễn`, `ĐỨC`, `hòa` yes; `NguyÔn`, `V¨n`, `Haø` no. */
export function isVietnameseWord(word: string): boolean {
  const hit = seen.get(word);
  if (hit !== undefined) return hit;
  const s = hasCase(word) ? skeleton(word) : undefined;
  const ok = s !== undefined && s.tones <= 1 && fits(s.text);
  // Names and places repeat down a column: remember answers, within a bound.
  if (seen.size >= MEMO_LIMIT) seen.clear();
  seen.set(word, ok);
  return ok;
}

/** A letter of the Vietnamese alphabet, with or without its tone mark (`ễ`, `Đ`), or ASCII. */
export const isVietnameseLetter = (ch: string): boolean => isAscii(ch) || (/^\p{L}$/u.test(ch) && skeleton(ch) !== undefined);

/** Words as a legacy font shows them: split at spaces and ASCII punctuation only (`§`, `¨` stay inside). */
export const tokens = (text: string): string[] => text.split(/[\s!-/:-@[-`{-~–—…“”‘’]+/u).filter(Boolean);

/** Only code points below 128 (checked without a control-character regex). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
