// `cadre-docs verify`: each signature of a PDF — who, when, valid or not, and whether the file changed after it.
import { readFile } from "node:fs/promises";
import { SignError, verifyPdf, type SignatureReport } from "../index.js";
import { signMessage } from "../messages/index.js";
import { readTrust } from "./trust.js";
import { EXIT, flag, parseCommand, print, printErr, printJson, str, UsageError } from "./args.js";

const vnTime = (iso: string | undefined): string =>
  iso ? new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour12: false }) + " (giờ Việt Nam)" : "không rõ";

function describe(r: SignatureReport, i: number): string {
  const lines = [
    `Chữ ký ${i + 1}: ${r.field}`,
    `  Người ký: ${r.signer ?? "không rõ"}`,
    `  Thời điểm ký: ${vnTime(r.signedAt)}`,
    ...(r.timestamp ? [`  Dấu thời gian: ${vnTime(r.timestamp)} — ${r.timestampValid ? "hợp lệ" : "KHÔNG hợp lệ"}`] : []),
    `  Kết quả: ${r.valid ? "HỢP LỆ" : "KHÔNG HỢP LỆ"}${r.trusted === undefined ? "" : r.trusted ? ", chứng thư số được tin cậy" : ", chứng thư số KHÔNG được tin cậy"}`,
    `  ${r.coversWholeFile ? "Chữ ký bao trùm toàn bộ tệp: tệp không thay đổi sau khi ký." : `Tệp có ${r.laterRevisions} lần bổ sung sau chữ ký này (ví dụ chữ ký tiếp theo); phần đã ký không bị sửa${r.valid ? "" : " — nhưng chữ ký không hợp lệ"}.`}`,
  ];
  return [...lines, ...r.problems.map((p) => `  Lỗi: ${p}`)].join("\n");
}

export default async function verify(argv: string[]): Promise<number> {
  const args = parseCommand(argv, "verify");
  const [file] = args.positionals;
  if (!file) throw new UsageError("cách dùng: cadre-docs verify TỆP.pdf [--json] [--trust CA.pem]");
  const bytes = await readFile(file).catch(() => {
    throw new UsageError(`không đọc được tệp "${file}"`);
  });
  const trustPath = str(args, "trust");
  const trust = await readTrust(trustPath, "verify");
  let reports: SignatureReport[];
  try {
    reports = await verifyPdf(bytes, { trust });
  } catch (err) {
    if (!(err instanceof SignError)) throw err;
    printErr(`${file}: ${signMessage(err.code, err.params)}`);
    return EXIT.invalid;
  }
  const good = reports.length > 0 && reports.every((r) => r.valid && r.certificateValid && r.trusted !== false);
  if (flag(args, "json")) printJson({ file, ok: good, signatures: reports });
  else print(reports.length ? [`${file}:`, ...reports.map(describe)].join("\n") : `${file}: tệp không có chữ ký số nào.`);
  return good ? EXIT.ok : EXIT.invalid;
}
