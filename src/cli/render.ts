// `cadre-docs render`: inputs → DOCX/PDF files in the output folder.
import { loadConfig, nodeIo, renderFiles, type LoadedConfig, type OutputFormat } from "../index.js";
import { EXIT, flag, parse, print, printErr, printJson, str, UsageError } from "./args.js";
import { reportJson, reportText, withMessages } from "./report.js";

const FORMATS: readonly OutputFormat[] = ["docx", "pdf"];

export function parseFormats(value: string | undefined): OutputFormat[] {
  const list = (value ?? "docx,pdf").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length || list.length === 0) throw new UsageError(`--format chỉ nhận docx, pdf (đã nhận: ${value})`);
  return list as OutputFormat[];
}

export default async function render(argv: string[], dryRun = false): Promise<number> {
  const args = parse(argv, {
    out: { type: "string", default: "out" },
    format: { type: "string" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    config: { type: "string" },
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
  const report = await renderFiles(positionals, { outDir: str(args, "out") ?? "out", io, formats, now: io.now, strict: flag(args, "strict"), overrides: config.overrides, fonts: config.fonts, dryRun });
  if (json) printJson(reportJson(report));
  else print(dryRun ? reportText(report, "hợp lệ", "không hợp lệ") : reportText(report, "đã tạo", "không tạo được văn bản"));
  return report.failures.length ? EXIT.invalid : EXIT.ok;
}
