// Invented rotation decisions for the benchmark: one person each, names built from syllable lists, seeded.

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Đức", "Thanh", "Ngọc", "Quang", "Thu", "Xuân", "Kim", "Bảo"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Quỳnh", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vy", "Yến"];
const COMMUNES = ["Tân Phong", "Yên Lạc", "Hòa Bình", "Đông Sơn", "Minh Khai", "Quảng Phú", "Thọ Xuân", "Hà Trung", "Nga Sơn", "Cẩm Thủy"];
const OFFICES = [
  ["Phó Giám đốc Sở Nội vụ", "tỉnh Thanh Hóa"],
  ["Phó Chánh Văn phòng Tỉnh ủy", "tỉnh Thanh Hóa"],
  ["Trưởng phòng Tổ chức cán bộ, Sở Tài chính", "tỉnh Thanh Hóa"],
  ["Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "tỉnh Thanh Hóa"],
  ["Phó Giám đốc Sở Nông nghiệp và Môi trường", "tỉnh Thanh Hóa"],
];
const POSTS = ["Bí thư Đảng ủy xã", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban nhân dân xã"];

/** A small deterministic generator (mulberry32), so every run renders the same records. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const pad = (n: number): string => String(n).padStart(2, "0");

export interface BenchPerson {
  fullName: string;
  sex: "nam" | "nữ";
  birthDate: string;
  currentPosition: string;
  currentUnit: string;
  destinationUnit: string;
  destinationPosition: string;
  months: number;
  startDate: string;
}

export function benchRecord(i: number): Record<string, unknown> & { number: number; people: BenchPerson[] } {
  const r = rng(i + 1);
  const female = r() < 0.5;
  const middle = female ? pick(r, ["Thị", "Ngọc", "Thu", "Kim", "Thanh"]) : pick(r, MIDDLE.filter((m) => m !== "Thị"));
  const [position, unit] = pick(r, OFFICES);
  const commune = pick(r, COMMUNES);
  return {
    kind: "rotation-decision",
    profile: "party",
    // Numbers run to 99 999; a bigger batch moves on to other issuing offices so that every file name differs.
    issuer: { parentBody: "ĐẢNG BỘ TỈNH THANH HÓA", name: "TỈNH ỦY THANH HÓA", symbol: ["TU", "BTCTU", "UBKTTU"][Math.floor(i / 99999) % 3]!, place: "Thanh Hóa" },
    number: (i % 99999) + 1,
    date: "05/02/2026",
    decidingBody: "Ban Thường vụ Tỉnh ủy",
    term: { course: "XX", period: "2025 - 2030" },
    legalBases: ["Căn cứ Kế hoạch số 18-KH/TU, ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ giai đoạn 2025 - 2030"],
    proposer: "Ban Tổ chức Tỉnh ủy",
    people: [
      {
        fullName: `${pick(r, FAMILY)} ${middle} ${pick(r, GIVEN)}`,
        sex: female ? "nữ" : "nam",
        birthDate: `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/${1980 + Math.floor(r() * 12)}`,
        currentPosition: position!,
        currentUnit: unit!,
        destinationUnit: `Đảng bộ xã ${commune}`,
        destinationPosition: pick(r, POSTS),
        months: 36,
        startDate: "01/03/2026",
      },
    ],
    executors: `Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Đảng ủy xã ${commune}, Sở Nội vụ`,
    signer: { mode: "collective", authority: "BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Trần Văn Khải" },
    recipients: ["Ban Tổ chức Trung ương (để b/c)", "Thường trực Tỉnh ủy"],
    archive: "Văn phòng Tỉnh ủy",
  };
}
