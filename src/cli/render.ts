// `cadre-docs render`: inputs → DOCX/PDF files in the output folder.
import { loadConfig, nodeIo, renderFiles, type LoadedConfig, type OutputFormat } from "../index.js";
import { EXIT, parse, print, printErr, printJson, UsageError } from "./args.js";
import { reportJson, reportText, withMessages } from "./report.js";

const FORMATS: readonly OutputFormat[] = ["docx", "pdf"];

export function parseFormats(value: string | undefined): OutputFormat[] {
  const list = (value ?? "docx,pdf").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as OutputFormat));
  if (bad.length || list.length === 0) throw new UsageError(`--format chỉ nhận docx, pdf (đã nhận: ${value})`);
  return list as OutputFormat[];
}

export default async function render(argv: string[], dryRun = false): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: "string", default: "out" },
    format: { type: "string" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    config: { type: "string" },
  });
  if (positionals.length === 0) throw new UsageError("cần ít nhất một tệp hoặc mẫu glob đầu vào");
  const io = nodeIo();
  let config: LoadedConfig = { overrides: {} };
  if (values.config) {
    const loaded = await loadConfig(values.config, io);
    if (!loaded.ok) {
      if (values.json) printJson({ ok: false, configIssues: withMessages(loaded.issues) });
      else printErr(withMessages(loaded.issues).map((i) => i.message).join("\n"));
      return EXIT.invalid;
    }
    config = loaded.value;
  }
  const formats = dryRun ? [] : parseFormats(values.format);
  const report = await renderFiles(positionals, { outDir: values.out!, io, formats, now: io.now, strict: values.strict, overrides: config.overrides, fonts: config.fonts, dryRun });
  if (values.json) printJson(reportJson(report));
  else print(reportText(report, dryRun ? "hợp lệ" : "đã tạo"));
  return report.failures.length ? EXIT.invalid : EXIT.ok;
}
