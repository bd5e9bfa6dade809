// `cadre-docs sign`: the signer's or the issuing body's digital signature on a cadre-docs PDF (Nghị định 30, Phụ lục I).
import { readFile, writeFile } from "node:fs/promises";
import { checkExternalCms, cmsDigest, completeSignature, loadP12, prepareSignature, signPdf, SignError, type PreparedSignature, type SignOptions } from "../index.js";
import { signMessage } from "../messages/index.js";
import { EXIT, flag, parseCommand, print, printErr, str, UsageError, type Parsed } from "./args.js";
import type { X509Certificate } from "node:crypto";
import { readTrust } from "./trust.js";

const MM = 72 / 25.4;

function sealSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:[.,]\d+)?)\s*mm$/i.exec(value.trim());
  const n = m ? Number(m[1]!.replace(",", ".")) : NaN;
  if (!(n >= 20 && n <= 60)) throw new UsageError(`--seal-size cần đường kính dấu từ 20mm đến 60mm, ví dụ 38mm (đã nhận: ${value})`);
  return n * MM;
}

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 99999) throw new UsageError(`--number cần số thứ tự văn bản từ 1 đến 99999 (đã nhận: ${value})`);
  return n;
}

function dateOf(value: string | undefined): { day: number; month: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const [day, month, year] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (!m || d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) throw new UsageError(`--date cần ngày ban hành có thật dạng dd/mm/yyyy (đã nhận: ${value})`);
  return { day, month };
}

function password(args: Parsed): string {
  const name = str(args, "password-env");
  if (!name) throw new UsageError("cần --password-env TÊN_BIẾN: tên biến môi trường chứa mật khẩu tệp .p12");
  const value = process.env[name];
  if (value === undefined) throw new UsageError(`biến môi trường ${name} (mật khẩu tệp .p12) chưa được đặt`);
  return value;
}

const readInput = (path: string, what: string): Promise<Buffer> =>
  readFile(path).catch(() => {
    throw new UsageError(`không đọc được ${what} "${path}"`);
  });

async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, "sign");
  const [input] = args.positionals;
  const out = str(args, "out");
  if (!input || !out) throw new UsageError("cách dùng: cadre-docs sign TỆP.pdf --out TỆP-ĐÃ-KÝ.pdf …");
  if (flag(args, "complete")) return complete(input, out, str(args, "cms"), await readTrust(str(args, "trust"), "sign"));
  if (str(args, "trust") !== undefined) throw new UsageError("--trust chỉ dùng cùng --complete (kiểm tra chứng thư của chữ ký nhận từ thiết bị ký số)", "sign");
  const role = str(args, "as");
  if (role !== "signer" && role !== "body") throw new UsageError(`--as nhận "signer" (người có thẩm quyền) hoặc "body" (cơ quan, tổ chức); đã nhận "${role}"`);
  const attachment = str(args, "attachment");
  if (attachment !== undefined && role !== "body") throw new UsageError("--attachment chỉ dùng với --as body (cơ quan ký số tệp đính kèm)");
  const imagePath = role === "signer" ? str(args, "image") : str(args, "seal");
  if (!imagePath && attachment === undefined) throw new UsageError(role === "signer" ? "cần --image ẢNH-CHỮ-KÝ.png" : "cần --seal ẢNH-DẤU.png (hoặc --attachment \"SỐ/KÝ-HIỆU\" cho tệp đính kèm)");
  if (role === "signer" && (str(args, "number") || str(args, "date"))) throw new UsageError("--number và --date do văn thư ghi khi cơ quan ký số (--as body)");
  const pdf = await readInput(input, "tệp PDF");
  const options: SignOptions = {
    role,
    image: imagePath ? await readInput(imagePath, "ảnh") : undefined,
    imageFile: imagePath,
    sealSize: sealSize(str(args, "seal-size")),
    reason: str(args, "reason"),
    number: numberOf(str(args, "number")),
    date: dateOf(str(args, "date")),
    attachment: attachment === undefined ? undefined : { reference: attachment },
    tsaUrl: str(args, "tsa"),
  };
  if (flag(args, "prepare")) {
    const prepared = await prepareSignature(pdf, options);
    await writeFile(out, prepared.pdf);
    await writeFile(`${out}.ky.json`, JSON.stringify({ digest: prepared.digest.toString("hex"), contents: prepared.contents }));
    await writeFile(`${out}.noi-dung-ky.bin`, prepared.signedBytes);
    print(`Đã chuẩn bị ${out} để ký bằng thiết bị ký số.\nMã băm SHA-256 cần ký: ${prepared.digest.toString("hex")}\nNội dung cần ký (cho dịch vụ ký nhận nội dung): ${out}.noi-dung-ky.bin\nSau khi ký: cadre-docs sign ${out} --complete --cms CHU-KY.p7s --out TỆP-ĐÃ-KÝ.pdf`);
    return EXIT.ok;
  }
  const p12Path = str(args, "p12");
  if (!p12Path) throw new UsageError("cần --p12 TỆP-KHÓA.p12 (hoặc --prepare để ký bằng thiết bị ký số)");
  const identity = loadP12(await readInput(p12Path, "tệp khóa"), password(args), p12Path);
  await writeFile(out, await signPdf(pdf, identity, options));
  print(`Đã ký ${role === "signer" ? "chữ ký của người có thẩm quyền" : "chữ ký số của cơ quan, tổ chức"}: ${out}`);
  return EXIT.ok;
}

async function complete(input: string, out: string, cmsPath: string | undefined, trust: X509Certificate[] | undefined): Promise<number> {
  if (!cmsPath) throw new UsageError("cần --cms CHU-KY.p7s (chữ ký CMS nhận từ thiết bị ký số)");
  const handle = JSON.parse((await readInput(`${input}.ky.json`, "tệp chuẩn bị ký")).toString("utf8")) as { digest: string; contents: PreparedSignature["contents"] };
  const prepared: PreparedSignature = { pdf: await readInput(input, "tệp PDF"), digest: Buffer.from(handle.digest, "hex"), signedBytes: Buffer.alloc(0), contents: handle.contents };
  const cms = await readInput(cmsPath, "tệp chữ ký");
  // The digest, the CMS's own signature and its certificate's validity, as the service checks them.
  checkExternalCms(cms, prepared.digest, new Date(), trust);
  await writeFile(out, completeSignature(prepared, cms, cmsDigest));
  print(`Đã gắn chữ ký số: ${out}`);
  return EXIT.ok;
}

export default async function sign(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (err) {
    if (!(err instanceof SignError)) throw err;
    printErr(`Không ký được, tệp không bị thay đổi. ${signMessage(err.code, err.params)}`);
    return EXIT.invalid;
  }
}
