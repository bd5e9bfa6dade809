// `cadre-docs form <kind> --xlsx FILE`: an input workbook for clerks, generated from the kind's schema.
import { CLI_COMMAND, inputWorkbook, nodeIo, workbookState } from "../index.js";
import { EXIT, flag, parse, print, printErr, str, UsageError } from "./args.js";
import { withMessages } from "./report.js";

export default async function form(argv: string[]): Promise<number> {
  const args = parse(argv, { xlsx: { type: "string" }, force: { type: "boolean", default: false } });
  if (args.positionals.length !== 1) throw new UsageError("cần đúng một loại văn bản, ví dụ: cadre-docs form rotation-decision --xlsx mau.xlsx");
  const file = str(args, "xlsx");
  if (!file) throw new UsageError("cần --xlsx <tệp.xlsx>: nơi ghi tệp mẫu nhập liệu");
  if (!file.toLowerCase().endsWith(".xlsx")) throw new UsageError(`--xlsx cần tên tệp có đuôi .xlsx (đã nhận: ${file})`);
  const io = nodeIo();
  // A clerk's filled workbook is never lost to a second `form`: only a missing file or an untouched form is replaced.
  if (!flag(args, "force") && (await workbookState(file, io)) === "data") {
    printErr(
      `Tệp ${file} đã có dữ liệu nên không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force nếu thật sự muốn thay tệp này bằng tệp mẫu trống (dữ liệu trong tệp sẽ mất).`,
    );
    return EXIT.invalid;
  }
  const made = await inputWorkbook(args.positionals[0]!, { now: io.now() });
  if (!made.ok) {
    printErr(withMessages(made.issues).map((i) => i.message).join("\n"));
    return EXIT.invalid;
  }
  await io.writeFileAtomic(file, made.value);
  print(`Đã tạo tệp mẫu nhập liệu ${file}. Mở bằng Excel, đọc trang "Hướng dẫn", điền dữ liệu rồi chạy: ${CLI_COMMAND} render ${file} --out van-ban`);
  return EXIT.ok;
}
