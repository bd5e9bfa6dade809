// `cadre-docs render`: inputs → DOCX/PDF files in the output folder.
import { availableParallelism } from "node:os";
import { checkNamePattern, NAME_PLACEHOLDERS, defaultWorkers, loadConfig, tuneHeapForBatch, nodeIo, progressSink, renderFiles, summaryText, type LoadedConfig, type MergeBy, type OutputFormat } from "../index.js";
import { EXIT, flag, parse, print, printErr, printJson, str, UsageError } from "./args.js";
import { writeErrorWorkbook } from "./errors-xlsx.js";
import { reportJson, reportText, withMessages } from "./report.js";

const FORMATS: readonly OutputFormat[] = ["docx", "pdf"];

export function parseFormats(value: string | undefined): OutputFormat[] {
  const list = (value ?? "docx,pdf").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length || list.length === 0) throw new UsageError(`--format chỉ nhận docx, pdf (đã nhận: ${value})`);
  return list as OutputFormat[];
}

/** Documents listed one by one in the printed report; a bigger batch lists them in manifest.jsonl. */
const LISTED_DOCUMENTS = 1000;

export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers cần một số nguyên từ 1 đến 256 (đã nhận: ${value}); máy này có ${availableParallelism()} lõi, mặc định ${defaultWorkers()}`);
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

export default async function render(argv: string[], dryRun = false): Promise<number> {
  const args = parse(argv, {
    out: { type: "string", default: "out" },
    format: { type: "string" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    config: { type: "string" },
    workers: { type: "string" },
    "record-timeout": { type: "string" },
    "record-memory": { type: "string" },
    resume: { type: "boolean", default: false },
    progress: { type: "boolean" },
    "no-progress": { type: "boolean", default: false },
    manifest: { type: "boolean" },
    "no-manifest": { type: "boolean", default: false },
    "errors-xlsx": { type: "string" },
    name: { type: "string" },
    merge: { type: "string" },
    pdfa: { type: "boolean", default: false },
  });
  const positionals = args.positionals;
  const json = flag(args, "json");
  if (positionals.length === 0) throw new UsageError("cần ít nhất một tệp hoặc mẫu glob đầu vào");
  const io = nodeIo();
  let config: LoadedConfig = { overrides: {} };
  const configPath = str(args, "config");
  if (configPath) {
    const loaded = await loadConfig(configPath, io);
    if (!loaded.ok) {
      if (json) printJson({ ok: false, configIssues: withMessages(loaded.issues) });
      else printErr(withMessages(loaded.issues).map((i) => i.message).join("\n"));
      return EXIT.invalid;
    }
    config = loaded.value;
  }
  const formats = dryRun ? [] : parseFormats(str(args, "format"));
  const workers = parseWorkers(str(args, "workers"));
  const name = parseNamePattern(str(args, "name"));
  const merge = parseMerge(str(args, "merge"), formats, dryRun);
  const seconds = parseBudget("record-timeout", str(args, "record-timeout"), 3600, "giây");
  const megabytes = parseBudget("record-memory", str(args, "record-memory"), 16384, "MB");
  const budget = { ...(seconds !== undefined && { timeoutMs: seconds * 1000 }), ...(megabytes !== undefined && { memoryMb: Math.round(megabytes) }) };
  // Progress goes to stderr (stdout carries the report): redrawn on a terminal, periodic lines otherwise.
  const progress = flag(args, "no-progress") ? undefined : progressSink(process.stderr);
  // A batch of thousands in this thread keeps its heap near what it holds (see pipeline/heap.ts).
  tuneHeapForBatch(workers ?? defaultWorkers());
  const report = await renderFiles(positionals, {
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
    budget,
    resume: flag(args, "resume"),
    progress,
    // The error workbook needs the warnings of every document, so every document is kept then.
    documentsLimit: str(args, "errors-xlsx") ? undefined : LISTED_DOCUMENTS,
    // Default: kept for batches big enough to resume (MANIFEST_MIN_RECORDS records or more).
    manifest: flag(args, "no-manifest") ? false : flag(args, "manifest") ? true : undefined,
    name,
    merge,
  });
  if (progress && report.summary) printErr(summaryText(report.summary).join("\n"));
  if (json) printJson(reportJson(report));
  else print(dryRun ? reportText(report, "hợp lệ", "không hợp lệ") : reportText(report, "đã tạo", "không tạo được văn bản"));
  if (!json) for (const m of report.merged ?? []) print(`Bản in gộp: ${m.path} (${m.documents} văn bản, ${m.pages} trang).`);
  await writeErrorWorkbook(str(args, "errors-xlsx"), report, io, json);
  return report.failures.length ? EXIT.invalid : EXIT.ok;
}
