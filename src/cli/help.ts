// Vietnamese help: the overview of every command, and one command's usage, options and examples.
import type { CommandSpec, OptionSpec } from "./options.js";

export const PROGRAM = "cadre-docs";
const EXIT_CODES = "Mã thoát: 0 thành công, 1 có dữ liệu lỗi, 2 sai cú pháp lệnh, 70 lỗi nội bộ, 130 dừng bằng Ctrl-C, 143 bị dừng (SIGTERM).";

const optionName = (name: string, o: OptionSpec): string =>
  `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` ${o.value ?? "GIÁ_TRỊ"}` : ""}`;

/** Left column padded so the descriptions line up. */
function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, r]) => `  ${l.padEnd(width)}   ${r}`);
}

export function commandHelp(name: string, spec: CommandSpec): string {
  const rows = Object.entries(spec.options)
    .filter(([, o]) => o.help)
    .map(([n, o]): [string, string] => [optionName(n, o), o.help!]);
  rows.push(["-h, --help", "hiện hướng dẫn này"]);
  const lines = [`${PROGRAM} ${name}: ${spec.summary}.`, "", `Cách dùng: ${PROGRAM} ${spec.usage}`];
  if (spec.about?.length) lines.push("", ...spec.about);
  lines.push("", "Tùy chọn:", ...table(rows));
  if (spec.examples.length) lines.push("", "Ví dụ:", ...spec.examples.flatMap(([cmd, what]) => [`  ${PROGRAM} ${cmd}`, `      ${what}`]));
  lines.push("", EXIT_CODES);
  return lines.join("\n");
}

export function overview(commands: Array<[string, { summary: string }]>): string {
  return [
    `${PROGRAM}: tạo văn bản cán bộ (Quyết định, Phiếu đánh giá, Bản kiểm điểm…) đúng thể thức, từ tệp Excel, CSV, JSON, YAML.`,
    "",
    `Cách dùng: ${PROGRAM} <lệnh> [tùy chọn]`,
    "",
    "Các lệnh:",
    ...table(commands.map(([name, c]) => [name, c.summary])),
    "",
    `Hướng dẫn từng lệnh: ${PROGRAM} help <lệnh>  hoặc  ${PROGRAM} <lệnh> --help`,
    `Phiên bản: ${PROGRAM} --version`,
    "",
    EXIT_CODES,
  ].join("\n");
}
