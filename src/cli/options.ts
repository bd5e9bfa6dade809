// Every command's options with their Vietnamese help: parseArgs reads them, `--help` prints them (one source, no drift).

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  /** Placeholder of the value in the help (`THƯ_MỤC`); string options only. */
  value?: string;
  /** One line for `--help`; an option without help is accepted but not listed. */
  help?: string;
}

export interface CommandSpec {
  /** `render <tệp|thư mục|mẫu glob>… [tùy chọn]`, without the program name. */
  usage: string;
  summary: string;
  /** Paragraphs under the usage line. */
  about?: string[];
  options: Record<string, OptionSpec>;
  /** Command (without the program name) and what it does. */
  examples: Array<[string, string]>;
}

const json: OptionSpec = { type: "boolean", default: false, help: "in kết quả dạng JSON cho phần mềm khác (mã lỗi, đường dẫn trường, lời nhắn tiếng Việt)" };
const strict: OptionSpec = { type: "boolean", default: false, help: "bản ghi có cảnh báo cũng bị coi là lỗi" };
const config: OptionSpec = { type: "string", value: "TỆP.json", help: "tệp thiết lập: lề, cỡ chữ, phông chữ của cơ quan (xem README)" };
const workers: OptionSpec = { type: "string", value: "N|auto", help: "số luồng xử lý; auto (mặc định): tự chọn theo số bản ghi, số lõi rảnh và bộ nhớ còn trống" };
const noProgress: OptionSpec = { type: "boolean", default: false, help: "không hiện dòng tiến độ (bản tổng kết vẫn in ra)" };
const errorsXlsx: OptionSpec = { type: "string", value: "TỆP.xlsx", help: "ghi mọi lỗi vào một tệp Excel: ô lỗi tô màu, có ghi chú cách sửa, trang \"Danh sách lỗi\"" };
const INPUTS =
  "Đầu vào: tệp .xlsx, .csv, .json, .yaml, .yml, .jsonl; một thư mục (mọi tệp dữ liệu trong thư mục và thư mục con); " +
  'hoặc mẫu glob đặt trong dấu ngoặc kép, ví dụ "du-lieu/*.xlsx".';

/** Options shared by render and validate (validate runs every check of render and writes nothing). */
const budget = {
  "record-timeout": { type: "string", value: "GIÂY", help: "thời gian tối đa cho một bản ghi (mặc định 60); quá thì bản ghi đó bị báo lỗi, các bản ghi khác vẫn chạy" },
  "record-memory": { type: "string", value: "MB", help: "bộ nhớ tối đa cho một bản ghi (mặc định 512)" },
} satisfies Record<string, OptionSpec>;
const checks = { json, strict, config, workers, ...budget, "no-progress": noProgress, progress: { type: "boolean" }, "errors-xlsx": errorsXlsx } satisfies Record<string, OptionSpec>;

export const SPECS: Record<string, CommandSpec> = {
  render: {
    usage: "render <tệp|thư mục|mẫu glob>… [tùy chọn]",
    summary: "kiểm tra dữ liệu và tạo văn bản .docx (để sửa) và .pdf (để in, ký)",
    about: [INPUTS, "Bản ghi lỗi được báo rõ (tệp, dòng, cột, cách sửa); các bản ghi đúng vẫn được tạo văn bản."],
    options: {
      out: { type: "string", default: "out", value: "THƯ_MỤC", help: "thư mục ghi văn bản (mặc định: out)" },
      format: { type: "string", value: "DẠNG", help: "docx, pdf hoặc docx,pdf (mặc định: cả hai)" },
      ...checks,
      resume: { type: "boolean", default: false, help: "làm tiếp một đợt bị dừng: giữ văn bản đã tạo, chỉ tạo phần còn lại" },
      pdfa: { type: "boolean", default: false, help: "tệp PDF theo chuẩn lưu trữ PDF/A-2b (để ký số và lưu trữ)" },
      name: { type: "string", value: "MẪU", help: "tên tệp kết quả theo mẫu, ví dụ \"{unit}/{id}-{name}\" (các chỗ thay: {kind} {year} {name} {id} {unit} {number} {default})" },
      merge: { type: "string", value: "unit|file", help: "thêm một tệp PDF gộp để in cho mỗi đơn vị (unit) hoặc mỗi tệp đầu vào (file), trong thư mục ban-in-gop" },
      manifest: { type: "boolean", help: "ghi manifest.jsonl, report.json, bao-cao.txt vào thư mục kết quả (mặc định: khi có từ 100 bản ghi)" },
      "no-manifest": { type: "boolean", default: false, help: "không ghi các tệp trên" },
      db: { type: "string", value: "postgres://…", help: "gửi lô vào hàng đợi PostgreSQL cho các máy cadre-docs worker tạo văn bản, theo dõi tiến độ, rồi ghi tệp vào --out" },
      data: { type: "string", value: "THƯ_MỤC", help: "cùng --db: thư mục dữ liệu chung với các worker (kho tệp trong THƯ_MỤC/files; mặc định: data)" },
      tries: { type: "string", value: "N", help: "cùng --db: số lần thử một phần việc bị lỗi trước khi báo lỗi các bản ghi của nó (mặc định 3)" },
      "leave-in-store": { type: "boolean", default: false, help: "cùng --db: để văn bản trong kho chung, không tải về --out" },
    },
    examples: [
      ["render luan-chuyen.xlsx --out van-ban", "tạo văn bản từ tệp Excel vào thư mục van-ban"],
      ["render du-lieu --out van-ban --format pdf", "mọi tệp dữ liệu trong thư mục du-lieu, chỉ tạo PDF"],
      ['render "du-lieu/*.xlsx" --out van-ban', "mọi tệp .xlsx trong thư mục du-lieu (mẫu glob trong ngoặc kép)"],
      ["render ca-nam-2025.jsonl --out out/2025 --resume", "làm tiếp đợt chạy bị dừng (Ctrl-C, mất điện)"],
      ['render can-bo.xlsx --name "{unit}/{id}-{name}" --merge unit', "tên tệp theo đơn vị và mã cán bộ; thêm một tệp PDF gộp mỗi đơn vị để in"],
      ["render ca-tinh-2025.xlsx --db postgres://cadre@db.tinh.local/cadre --data /mnt/cadre-data --out van-ban", "để các máy worker tạo văn bản, rồi tải về thư mục van-ban"],
    ],
  },
  validate: {
    usage: "validate <tệp|thư mục|mẫu glob>… [tùy chọn]",
    summary: "chỉ kiểm tra dữ liệu, không tạo tệp nào",
    about: [INPUTS],
    options: { ...checks },
    examples: [
      ["validate luan-chuyen.xlsx --errors-xlsx loi.xlsx", "kiểm tra tệp Excel, ghi lỗi vào loi.xlsx để sửa ngay trong Excel"],
      ["validate du-lieu --json", "kiểm tra cả thư mục, kết quả dạng JSON"],
    ],
  },
  form: {
    usage: "form <loại văn bản> --xlsx TỆP.xlsx",
    summary: "tạo tệp Excel mẫu để nhập liệu cho một loại văn bản",
    about: ['Tệp có trang "Hướng dẫn", tiêu đề cột tiếng Việt, danh sách chọn và một dòng ví dụ. Danh sách loại văn bản: cadre-docs kinds.'],
    options: {
      xlsx: { type: "string", value: "TỆP.xlsx", help: "nơi ghi tệp mẫu (bắt buộc)" },
      force: { type: "boolean", default: false, help: "ghi đè cả tệp đã có dữ liệu (dữ liệu trong tệp sẽ mất)" },
    },
    examples: [["form rotation-decision --xlsx luan-chuyen.xlsx", "tệp mẫu nhập Quyết định luân chuyển cán bộ"]],
  },
  kinds: {
    usage: "kinds [--json]",
    summary: "liệt kê các loại văn bản, thể thức và phiên bản mẫu",
    options: { json: { type: "boolean", default: false, help: "in dạng JSON" } },
    examples: [["kinds", "xem mã loại văn bản dùng cho form và schema"]],
  },
  schema: {
    usage: "schema <loại văn bản>",
    summary: "in JSON Schema của dữ liệu một loại văn bản (tên trường tiếng Việt)",
    options: {},
    examples: [["schema rotation-decision > luan-chuyen.schema.json", "lưu lược đồ để dựng biểu mẫu ở phần mềm khác"]],
  },
};

SPECS.sign = {
  usage: "sign <tệp.pdf> --out <tệp-đã-ký.pdf> [tùy chọn]",
  summary: "ký số một văn bản PDF: chữ ký của người có thẩm quyền, rồi chữ ký số của cơ quan (Nghị định 30, Phụ lục I)",
  about: [
    "Người có thẩm quyền ký trước (--image ảnh chữ ký), văn thư ký số của cơ quan sau (--as body --seal ảnh dấu, có thể ghi số và ngày ban hành). " +
      "Ký bằng thiết bị ký số (USB token, dịch vụ ký từ xa): --prepare, ký mã băm được in ra, rồi --complete --cms. Chi tiết: docs/signing.md.",
  ],
  options: {
    out: { type: "string", value: "TỆP.pdf", help: "nơi ghi tệp đã ký (bắt buộc)" },
    as: { type: "string", default: "signer", value: "VAI", help: "signer (người có thẩm quyền, mặc định) hoặc body (cơ quan, tổ chức)" },
    p12: { type: "string", value: "TỆP.p12", help: "tệp khóa và chứng thư số" },
    "password-env": { type: "string", value: "TÊN_BIẾN", help: "tên biến môi trường chứa mật khẩu tệp .p12" },
    image: { type: "string", value: "ẢNH.png", help: "ảnh chữ ký (PNG nền trong, mực xanh) của người có thẩm quyền" },
    seal: { type: "string", value: "ẢNH.png", help: "ảnh con dấu (PNG nền trong, màu đỏ) của cơ quan" },
    "seal-size": { type: "string", value: "CỠ", help: "đường kính dấu, từ 20mm đến 60mm (mặc định 38mm)" },
    reason: { type: "string", value: "LÝ_DO", help: "lý do ký ghi trong chữ ký" },
    number: { type: "string", value: "SỐ", help: "số văn bản văn thư ghi khi cơ quan ký (--as body)" },
    date: { type: "string", value: "dd/mm/yyyy", help: "ngày ban hành văn thư ghi khi cơ quan ký (--as body)" },
    attachment: { type: "string", value: "SỐ/KÝ_HIỆU", help: "ký số tệp đính kèm của văn bản có số, ký hiệu này (--as body)" },
    tsa: { type: "string", value: "URL", help: "máy chủ cấp dấu thời gian (RFC 3161)" },
    prepare: { type: "boolean", default: false, help: "chuẩn bị để ký bằng thiết bị ký số: in mã băm cần ký" },
    complete: { type: "boolean", default: false, help: "hoàn tất bằng chữ ký CMS nhận từ thiết bị ký số (cùng --cms)" },
    cms: { type: "string", value: "TỆP.p7s", help: "chữ ký CMS nhận từ thiết bị ký số" },
    trust: { type: "string", value: "TỆP.pem", help: "cùng --complete: chứng thư số gốc tin cậy (PEM); chứng thư của người ký phải nối được tới một chứng thư trong tệp này" },
  },
  examples: [
    ["sign qd.pdf --out qd-ky.pdf --p12 nguoi-ky.p12 --password-env MAT_KHAU --image chu-ky.png", "người có thẩm quyền ký"],
    ["sign qd-ky.pdf --out qd-ban-hanh.pdf --as body --p12 co-quan.p12 --password-env MAT_KHAU_CQ --seal dau.png --number 5 --date 09/01/2026", "văn thư ghi số, ngày và ký số của cơ quan"],
  ],
};

SPECS.verify = {
  usage: "verify <tệp.pdf> [--json] [--trust ca.pem]",
  summary: "kiểm tra các chữ ký số trong một tệp PDF",
  about: ["Mỗi chữ ký: ai ký, lúc nào, hợp lệ hay không, tệp có bị sửa sau khi ký không. Mã thoát 1 khi có chữ ký không hợp lệ, hoặc tệp không có chữ ký."],
  options: {
    json: { type: "boolean", default: false, help: "in kết quả dạng JSON" },
    trust: { type: "string", value: "TỆP.pem", help: "chứng thư số gốc tin cậy (PEM); có thì chữ ký ngoài chuỗi tin cậy bị coi là không hợp lệ" },
  },
  examples: [["verify qd-ban-hanh.pdf", "kiểm tra chữ ký của người ký và của cơ quan"]],
};

/** `--db`: the PostgreSQL where the queue, the batches and (with serve) the documents live. */
export const dbOption: OptionSpec = { type: "string", value: "postgres://…", help: "cơ sở dữ liệu PostgreSQL chung của các máy chủ (serve) và máy tạo văn bản (worker); mặc định lấy từ biến môi trường DATABASE_URL" };

SPECS.worker = {
  usage: "worker --db postgres://… [--data THƯ_MỤC] [--threads N|auto]",
  summary: "máy tạo văn bản: nhận các lô văn bản từ hàng đợi trong PostgreSQL và tạo tệp DOCX, PDF",
  about: [
    "Dùng khi nhiều máy chủ (serve) và nhiều máy tạo văn bản cùng dùng một PostgreSQL (cấp tỉnh, hàng chục nghìn văn bản). " +
      "Mỗi việc là khoảng 50 bản ghi; kết quả ghi vào kho tệp chung (thư mục files trong --data, dùng ổ mạng khi có nhiều máy) với khóa cố định theo bản ghi, " +
      "nên một việc chạy hai lần vẫn chỉ có một văn bản. Máy bị tắt giữa chừng: việc của nó hết hạn và máy khác làm lại. " +
      "Bản ghi lỗi được báo kèm lỗi cụ thể; việc lỗi quá số lần thử thì dừng hẳn, không thử mãi. Dừng: Ctrl-C hoặc SIGTERM (làm nốt việc đang làm).",
  ],
  options: {
    db: dbOption,
    data: { type: "string", value: "THƯ_MỤC", help: "thư mục dữ liệu chung với serve: kho tệp nằm trong THƯ_MỤC/files (mặc định: data)" },
    threads: { type: "string", value: "N|auto", help: "số luồng tạo văn bản; mỗi luồng giữ hai việc (một việc đang tạo, một việc đang lưu); auto (mặc định): tự chọn như render --workers auto cho một lô dài, theo số lõi rảnh và bộ nhớ còn trống" },
    ...budget,
  },
  examples: [
    ["worker --db postgres://cadre@db.tinh.local/cadre --data /mnt/cadre-data", "một máy tạo văn bản dùng kho tệp chung trên ổ mạng"],
    ["worker --db postgres://cadre@db.tinh.local/cadre --threads 4", "máy bốn lõi: bốn luồng"],
  ],
};

/** The parseArgs options of a spec (every command also takes -h/--help, handled before parsing). */
export function parseOptions(spec: CommandSpec): Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }> {
  const out: Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }> = {};
  for (const [name, { type, short, default: def }] of Object.entries(spec.options)) {
    out[name] = { type, ...(short ? { short } : {}), ...(def !== undefined ? { default: def } : {}) };
  }
  return out;
}
