// Legal bases of a decision: the template's fixed bases and the clerk's merged, duplicates dropped by document identity, ordered by legal force.

/** Whose document a basis is, relative to the issuing body: decides the rank of regulations. */
export interface BasisOwner {
  /** The issuer's symbol in document numbers (`TU`, `UBND`): `05-QĐ/TU` is then the body's own. */
  symbol: string;
  /** The body that decides (`Ban Thường vụ Tỉnh ủy`): an unnumbered basis naming it is its own. */
  body: string;
}

/** Ranks, strongest first; the proposal (`Xét đề nghị …`, `Theo đề nghị …`) always comes last. */
export const RANK = { charter: 0, law: 1, decree: 2, central: 3, local: 4, own: 5, proposal: 6 } as const;

const TYPES = "hiến pháp|điều lệ đảng|bộ luật|luật|pháp lệnh|nghị quyết|nghị định|quyết định|quy định|quy chế|kết luận|chỉ thị|thông tư|hướng dẫn|kế hoạch|thông báo|công văn|tờ trình|biên bản|đề án|chương trình";
const HEAD = new RegExp(`^(${TYPES})(?![\\p{L}])\\s*(.*)$`, "u");
/** `số 65-QĐ/TW`, `số 170/2025/NĐ-CP`, `số 1520/QĐ-UBND`: the number and symbol after `số`. */
const NUMBERED = /^(?:số\s+)?(\d+[\p{L}\d/.-]*[/-][\p{L}\d/.-]+)/u;
const CENTRAL_BODY = /trung ương|bộ chính trị|ban bí thư|chính phủ|thủ tướng|quốc hội|của bộ /u;

/** Lower case, NFC, one space, one dash, no leading `- ` or `Căn cứ`, no trailing punctuation. */
function normal(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s*-\s*(?=\d)/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[-\s]+/, "")
    .replace(/^căn cứ\s+/, "")
    .replace(/[\s,;.]+$/, "");
}

const isProposal = (n: string): boolean => /^(xét|theo) đề nghị/.test(n);

/** The issuing code of a symbol: `TW` in `65-QĐ/TW`, `CP` in `170/2025/NĐ-CP`, `UBND` in `1520/QĐ-UBND`. */
function issuerCode(symbol: string): string {
  const s = symbol.toUpperCase();
  return /\/[^/]*-/.test(s) ? s.slice(s.lastIndexOf("-") + 1) : s.slice(s.lastIndexOf("/") + 1);
}

export interface BasisIdentity {
  /** Equal keys name the same document (`quy định|65-qđ/tw`, `điều lệ đảng`). */
  key: string;
  rank: number;
}

/** Name of an unnumbered document up to its date or issuer (`luật|cán bộ, công chức|2025`). */
function unnumberedKey(type: string, rest: string): string {
  const year = /năm (\d{4})|\d{1,2}\/\d{1,2}\/(\d{4})/.exec(rest);
  const name = rest.split(/,? ngày |,? năm \d| số /)[0]!.trim();
  return `${type}|${name}|${year?.[1] ?? year?.[2] ?? ""}`;
}

function rankOf(type: string, code: string | undefined, n: string, owner: BasisOwner): number {
  if (type === "hiến pháp" || type === "điều lệ đảng") return RANK.charter;
  if (type === "luật" || type === "bộ luật" || type === "pháp lệnh" || /^QH\d*$/.test(code ?? "")) return RANK.law;
  if (type === "nghị định" || code === "CP") return RANK.decree;
  if (code !== undefined) {
    if (code === owner.symbol.toUpperCase()) return RANK.own;
    return /TW$|^TTG$|^B[A-ZĐ]{1,4}$/u.test(code.toUpperCase()) ? centralRank(n) : RANK.local;
  }
  const ownBody = normal(owner.body);
  if (ownBody && n.includes(ownBody)) return RANK.own;
  return CENTRAL_BODY.test(n) ? centralRank(n) : RANK.local;
}

/** The Central Committee stands above the Politburo and the Secretariat: its regulations come first. */
const centralRank = (n: string): number => (n.includes("ban chấp hành trung ương") ? RANK.central - 0.5 : RANK.central);

/** What document a basis line cites and how strong it is; unknown texts count as the body's own. */
export function basisIdentity(text: string, owner: BasisOwner): BasisIdentity {
  const n = normal(text);
  if (isProposal(n)) return { key: `đề nghị|${n}`, rank: RANK.proposal };
  const head = HEAD.exec(n);
  if (!head) return { key: `?|${n}`, rank: rankOf("", undefined, n, owner) };
  const [, type, rest] = head as unknown as [string, string, string];
  const numbered = NUMBERED.exec(rest);
  if (numbered) {
    const symbol = numbered[1]!.replace(/^0+(?=\d)/, "");
    return { key: `${type}|${symbol}`, rank: rankOf(type, issuerCode(symbol), n, owner) };
  }
  if (type === "điều lệ đảng") return { key: type, rank: RANK.charter };
  return { key: unnumberedKey(type, rest), rank: rankOf(type, undefined, n, owner) };
}

/**
 * The bases to print: every document once (the first text given for it wins, so the template's
 * verified wording is kept when it is listed first), stable within a rank, ordered by legal force.
 */
export function arrangeBases(bases: readonly string[], owner: BasisOwner): string[] {
  const seen = new Set<string>();
  const kept: Array<{ text: string; rank: number; at: number }> = [];
  bases.forEach((text, at) => {
    if (!text.trim()) return;
    const id = basisIdentity(text, owner);
    if (seen.has(id.key)) return;
    seen.add(id.key);
    kept.push({ text: text.trim(), rank: id.rank, at });
  });
  return kept.sort((a, b) => a.rank - b.rank || a.at - b.at).map((b) => b.text);
}
