// `cadre-docs render`: inputs → DOCX/PDF files in the output folder.
import { availableParallelism } from "node:os";
import { checkNamePattern, NAME_PLACEHOLDERS, loadConfig, nodeIo, progressSink, renderFiles, summaryText, type BatchOptions, type BatchReport, type Io, type LoadedConfig, type MergeBy, type OutputFormat } from "../index.js";
import { EXIT, flag, parseCommand, print, printErr, printJson, str, UsageError, type Parsed } from "./args.js";
import { writeErrorWorkbook } from "./errors-xlsx.js";
import { reportJson, reportText, withMessages } from "./report.js";
import { renderQueued, type QueuedRun } from "./render-queued.js";
import { queueSettingsFromEnv } from "./queue-env.js";
import { interruptible, SIGNAL_EXIT } from "./stop.js";

const FORMATS: readonly OutputFormat[] = ["docx", "pdf"];

export function parseFormats(value: string | undefined): OutputFormat[] {
  const list = (value ?? "docx,pdf").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length || list.length === 0) throw new UsageError(`--format chỉ nhận docx, pdf hoặc docx,pdf (đã nhận: ${value})`, "render");
  return list as OutputFormat[];
}

/** Documents listed one by one in the printed report; a bigger batch lists them in manifest.jsonl. */
const LISTED_DOCUMENTS = 1000;

/** `--workers N` (1 to 256) or `--workers auto` (the default: chosen for the batch and the machine, see auto-workers.ts). */
export function parseWorkers(value: string | undefined): number | "auto" | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers cần auto hoặc một số nguyên từ 1 đến 256 (đã nhận: ${value}); máy này có ${availableParallelism()} lõi, mặc định auto (tự chọn theo số bản ghi, số lõi rảnh và bộ nhớ còn trống)`, "render");
  return n;
}

/** `--name "{unit}/{id}-{name}"`: checked here so that a mistyped placeholder is a usage error in Vietnamese. */
export function parseNamePattern(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = checkNamePattern(value);
  if (!problem) return value;
  const known = NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(", ");
  const what = problem.names.length ? `không có chỗ trống ${problem.names.map((n) => `{${n}}`).join(", ")}` : "cần ít nhất một chỗ trống trong ngoặc nhọn";
  throw new UsageError(`--name ${what} (đã nhận: ${value}); dùng ${known}, ví dụ --name "{unit}/{id}-{name}"`);
}

/** `--merge unit` (one PDF per unit, the default meaning) or `--merge file` (one per input file). */
export function parseMerge(value: string | undefined, formats: readonly OutputFormat[], dryRun: boolean): MergeBy | undefined {
  if (value === undefined || dryRun) return undefined;
  const v = value.trim().toLowerCase();
  const by: MergeBy | undefined = v === "unit" || v === "don-vi" ? "unit" : v === "file" || v === "tep" ? "file" : undefined;
  if (!by) throw new UsageError(`--merge nhận unit (mỗi đơn vị một tệp PDF gộp) hoặc file (mỗi tệp đầu vào một tệp PDF gộp) (đã nhận: ${value})`);
  if (!formats.includes("pdf")) throw new UsageError("--merge gộp các tệp PDF nên cần định dạng pdf trong --format");
  return by;
}

/** A positive number of seconds or megabytes for a record's budget, within a sane range. */
function parseBudget(name: string, value: string | undefined, max: number, unit: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`--${name} cần một số dương không quá ${max} (${unit}; đã nhận: ${value})`);
  return n;
}

/** `--record-timeout` (seconds) and `--record-memory` (MB): each record's render budget. */
export function parseBudgets(args: Parsed): BatchOptions["budget"] {
  const seconds = parseBudget("record-timeout", str(args, "record-timeout"), 3600, "giây");
  const megabytes = parseBudget("record-memory", str(args, "record-memory"), 16384, "MB");
  return { ...(seconds !== undefined && { timeoutMs: seconds * 1000 }), ...(megabytes !== undefined && { memoryMb: Math.round(megabytes) }) };
}

/** Options of render (and validate, which checks the same and writes nothing). */
function batchOptions(args: Parsed, dryRun: boolean, io: Io, config: LoadedConfig): BatchOptions {
  const workers = parseWorkers(str(args, "workers"));
  const formats = dryRun ? [] : parseFormats(str(args, "format"));
  return {
    outDir: str(args, "out") ?? "out",
    io,
    formats,
    now: io.now,
    strict: flag(args, "strict"),
    pdfa: flag(args, "pdfa"),
    overrides: config.overrides,
    fonts: config.fonts,
    dryRun,
    workers,
    budget: parseBudgets(args),
    resume: flag(args, "resume"),
    // Progress goes to stderr (stdout carries the report): redrawn on a terminal, periodic lines otherwise.
    progress: flag(args, "no-progress") ? undefined : progressSink(process.stderr),
    // The error workbook needs the warnings of every document, so every document is kept then.
    documentsLimit: str(args, "errors-xlsx") ? undefined : LISTED_DOCUMENTS,
    // Default: kept for batches big enough to resume (MANIFEST_MIN_RECORDS records or more).
    manifest: flag(args, "no-manifest") ? false : flag(args, "manifest") ? true : undefined,
    name: parseNamePattern(str(args, "name")),
    merge: parseMerge(str(args, "merge"), formats, dryRun),
  };
}

/** The queue's settings from the environment (as `serve` reads them). */
function queueFromEnv(): { checkSeconds?: number; noticeSeconds?: number; queue: { expireSeconds?: number; tries?: number } } {
  const { checkSeconds, noticeSeconds, ...queue } = queueSettingsFromEnv();
  return { checkSeconds, noticeSeconds, queue };
}

/** Options of this machine's batch that a queued batch does not take, and why. */
const LOCAL_ONLY: Record<string, string> = {
  resume: "một lô trong hàng đợi tự được làm tiếp khi một máy worker dừng giữa chừng, không cần --resume",
  merge: "bản in gộp chỉ làm được khi tạo văn bản trên máy này (bỏ --db)",
  workers: "số luồng đặt trên từng máy worker (cadre-docs worker --threads N)",
  "record-timeout": "giới hạn thời gian mỗi bản ghi đặt trên từng máy worker (cadre-docs worker --record-timeout)",
  "record-memory": "giới hạn bộ nhớ mỗi bản ghi đặt trên từng máy worker (cadre-docs worker --record-memory)",
};

/** `--db`: the batch goes to the queue (checked here: a local-only option with it is a usage error). */
function queuedOptions(args: Parsed): { databaseUrl: string; dataDir?: string; tries?: number; leaveInStore: boolean } | undefined {
  const url = str(args, "db");
  if (url === undefined) {
    const stray = ["data", "tries", "leave-in-store"].find((n) => args.values[n] !== undefined && args.values[n] !== false);
    if (stray) throw new UsageError(`--${stray} chỉ dùng cùng --db postgres://…`, "render");
    return undefined;
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`--db cần địa chỉ PostgreSQL dạng postgres://… (đã nhận: ${url})`, "render");
  const local = Object.keys(LOCAL_ONLY).find((n) => args.values[n] !== undefined && args.values[n] !== false);
  if (local) throw new UsageError(`--${local} không dùng được cùng --db: ${LOCAL_ONLY[local]}`, "render");
  const tries = str(args, "tries");
  const n = tries === undefined ? undefined : Number(tries);
  if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 100)) throw new UsageError(`--tries cần một số nguyên từ 1 đến 100 (đã nhận: ${tries})`, "render");
  return { databaseUrl: url, dataDir: str(args, "data"), tries: n, leaveInStore: flag(args, "leave-in-store") };
}

/** What the workers apply to a queued batch: --name, --strict, --pdfa and the configuration's overrides (its fonts are files of this machine). */
function queuedRender(o: BatchOptions, config: LoadedConfig): QueuedRun["render"] {
  if (config.fonts) throw new UsageError("--config có phông chữ riêng (fonts) không dùng được cùng --db: các máy worker dùng phông chữ đi kèm cadre-docs (Liberation Serif, cùng kích thước chữ với Times New Roman); bỏ mục fonts khỏi tệp cấu hình, hoặc tạo văn bản trên máy này (bỏ --db)", "render");
  return {
    ...(o.name ? { name: o.name } : {}), ...(o.strict ? { strict: true } : {}), ...(o.pdfa ? { pdfa: true } : {}),
    ...(Object.keys(config.overrides).length ? { overrides: config.overrides as Record<string, unknown> } : {}),
  };
}

/** The configuration file, or its problems printed (JSON or text). */
async function readConfig(path: string | undefined, io: Io, json: boolean): Promise<LoadedConfig | undefined> {
  if (!path) return { overrides: {} };
  const loaded = await loadConfig(path, io);
  if (loaded.ok) return loaded.value;
  if (json) printJson({ ok: false, configIssues: withMessages(loaded.issues) });
  else printErr(withMessages(loaded.issues).map((i) => i.message).join("\n"));
  return undefined;
}

export default async function render(argv: string[], dryRun = false): Promise<number> {
  const command = dryRun ? "validate" : "render";
  const args = parseCommand(argv, command);
  const json = flag(args, "json");
  if (args.positionals.length === 0) throw new UsageError("cần ít nhất một tệp, thư mục hoặc mẫu glob đầu vào", command);
  const io = nodeIo();
  const config = await readConfig(str(args, "config"), io, json);
  if (!config) return EXIT.invalid;
  const options = batchOptions(args, dryRun, io, config);
  const stop = interruptible();
  let report: BatchReport;
  try {
    const db = dryRun ? undefined : queuedOptions(args);
    report = db
      ? await renderQueued(args.positionals, { ...db, ...queueFromEnv(), outDir: options.outDir, formats: [...options.formats], render: queuedRender(options, config), io, progress: options.progress, signal: stop.signal })
      : await renderFiles(args.positionals, { ...options, signal: stop.signal });
  } finally {
    stop.dispose();
  }
  // One summary, at the end of the report on stdout; with --json stdout is the JSON alone and the summary goes to stderr.
  const summary = report.summary ? summaryText(report.summary) : [];
  if (json) {
    printJson(reportJson(report));
    if (options.progress) printErr(summary.join("\n"));
  } else {
    const merged = (report.merged ?? []).map((m) => `Bản in gộp: ${m.path} (${m.documents} văn bản, ${m.pages} trang).`);
    print([...reportText(report, dryRun ? "không hợp lệ" : "không tạo được văn bản"), ...merged, ...summary].join("\n"));
  }
  await writeErrorWorkbook(str(args, "errors-xlsx"), report, io, json);
  const signal = stop.received();
  if (signal) return SIGNAL_EXIT[signal];
  return report.failures.length ? EXIT.invalid : EXIT.ok;
}
