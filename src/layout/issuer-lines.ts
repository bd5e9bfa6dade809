// Issuer names in the header broken between phrases (`ỦY BAN NHÂN DÂN / XÃ ĐỊNH HÒA`), never inside a name.
import type { Metrics } from "./fonts.js";
import type { FaceKey } from "./types.js";

/** Words that open a phrase of a body's name: administrative levels and kinds of body. `after`: the
 * words also close their phrase (a school's level stands between `TRƯỜNG` and the school's name). */
const OPENERS: ReadonlyArray<{ words: string; after?: boolean }> = [
  ..."ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM|ỦY BAN KIỂM TRA|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN|VĂN PHÒNG|ĐẢNG ỦY|ĐẢNG BỘ|CHI ỦY|CHI BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|SỞ|PHÒNG|TỔNG CỤC|CHI CỤC|CỤC|BỘ|TRƯỜNG|BỆNH VIỆN|TRUNG TÂM|THỊ TRẤN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|QUẬN|TỈNH|THÀNH PHỐ|THÔN|TỔ DÂN PHỐ|KHU PHỐ"
    .split("|")
    .map((words) => ({ words })),
  ..."TRUNG HỌC PHỔ THÔNG|TRUNG HỌC CƠ SỞ|TIỂU HỌC|MẦM NON|PHỔ THÔNG DÂN TỘC NỘI TRÚ|PHỔ THÔNG DÂN TỘC BÁN TRÚ|CAO ĐẲNG|ĐẠI HỌC"
    .split("|")
    .map((words) => ({ words, after: true })),
];
/** Words never split from each other, though a word inside them opens phrases elsewhere. */
const BOUND = ["CƠ SỞ", "NỘI VỤ"];
const ENTRIES = [...OPENERS, ...BOUND.map((words) => ({ words, bound: true }))]
  .map((e) => ({ ...e, tokens: e.words.split(" ") }))
  .sort((a, b) => b.tokens.length - a.tokens.length);

/** The phrases of a name in capitals: a new phrase at every opener (longest match first). */
export function phrasesOf(name: string): string[] {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  // `UỶ` and `ỦY` are the same syllable with the tone mark placed differently.
  const upper = words.map((w) => w.toLocaleUpperCase("vi").replace(/UỶ/gu, "ỦY"));
  const cuts = new Set<number>();
  for (let i = 0; i < words.length; ) {
    const hit = ENTRIES.find((e) => e.tokens.every((t, k) => upper[i + k] === t));
    if (!hit) {
      i++;
      continue;
    }
    if (!("bound" in hit)) cuts.add(i);
    i += hit.tokens.length;
    if ("after" in hit && hit.after) cuts.add(i);
  }
  cuts.add(words.length);
  const out: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > start) out.push(words.slice(start, cut).join(" "));
    start = Math.max(start, cut);
  }
  return out;
}

/** Lines of a header name at most `max` wide, filled greedily with whole phrases; explicit line
 * breaks in the input are kept. A phrase wider than `max` is broken between its words within `max`, so
 * that it too stays clear of the national heading (a cell would wrap it at the cell's full width). */
export function issuerLines(name: string, metrics: Metrics, face: FaceKey, size: number, caps: boolean, max: number): string[] {
  const width = (t: string) => metrics.width(caps ? t.toLocaleUpperCase("vi") : t, face, size);
  return name.split(/\r?\n/u).flatMap((given) => {
    const lines: string[] = [];
    for (const phrase of phrasesOf(given)) {
      const last = lines[lines.length - 1];
      if (last !== undefined && width(`${last} ${phrase}`) <= max) lines[lines.length - 1] = `${last} ${phrase}`;
      else if (width(phrase) <= max) lines.push(phrase);
      else {
        let line = "";
        for (const word of phrase.split(" ")) {
          if (line && width(`${line} ${word}`) > max) {
            lines.push(line);
            line = word;
          } else line = line ? `${line} ${word}` : word;
        }
        lines.push(line);
      }
    }
    return lines;
  });
}
