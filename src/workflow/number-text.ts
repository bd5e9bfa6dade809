// Số, ký hiệu of a document: the number (two digits at least), the type's abbreviation and the body's symbol.

/** Abbreviations of document types (Nghị định 30/2020, Phụ lục III), matched on the start of the type's name. */
const TYPE_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["nghị quyết", "NQ"], ["quyết định", "QĐ"], ["chỉ thị", "CT"], ["quy chế", "QC"], ["quy định", "QyĐ"],
  ["thông cáo", "TC"], ["thông báo", "TB"], ["hướng dẫn", "HD"], ["chương trình", "CTr"], ["kế hoạch", "KH"],
  ["phương án", "PA"], ["đề án", "ĐA"], ["dự án", "DA"], ["báo cáo", "BC"], ["biên bản", "BB"], ["tờ trình", "TTr"],
  ["hợp đồng", "HĐ"], ["công điện", "CĐ"], ["bản ghi nhớ", "BGN"], ["bản thỏa thuận", "BTT"], ["giấy ủy quyền", "GUQ"],
  ["giấy mời", "GM"], ["giấy giới thiệu", "GGT"], ["giấy nghỉ phép", "GNP"], ["phiếu gửi", "PG"], ["phiếu chuyển", "PC"],
  ["phiếu báo", "PB"],
];

/** `QĐ` for "Quyết định luân chuyển cán bộ"; undefined for a type without an abbreviation (công văn). */
export function typeAbbreviation(typeName: string): string | undefined {
  const name = typeName.normalize("NFC").toLowerCase().trim();
  return TYPE_ABBREVIATIONS.find(([prefix]) => name.startsWith(prefix))?.[1];
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * State (nd30): `01/QĐ-UBND`, without a type `01/UBND`; Party: `01-QĐ/TU`, without a type `01/TU`
 * (Hướng dẫn 36-HD/VPTW: số và ký hiệu joined by a hyphen, the type before the slash).
 */
export function numberText(n: number, o: { profile: string; type?: string; symbol: string }): string {
  if (!o.type) return `${pad2(n)}/${o.symbol}`;
  return o.profile === "party" ? `${pad2(n)}-${o.type}/${o.symbol}` : `${pad2(n)}/${o.type}-${o.symbol}`;
}
