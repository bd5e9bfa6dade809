// `cadre-docs admin key add`: a signer's (--user) or the issuing body's (--unit) key and image, checked with the signing library, kept sealed.
import { readFile } from "node:fs/promises";
import { checkSigningKey, SignError, type Result } from "../index.js";
import { signMessage } from "../messages/index.js";
import type { Store } from "../store/index.js";
import { putSigningKey, type AdminBy } from "../workflow/index.js";
import { str, UsageError, type Parsed } from "./args.js";

const USAGE = `cadre-docs admin key add --user TÊN_ĐĂNG_NHẬP --p12 KHÓA.p12 --password-env BIẾN --image chu-ky.png
  cadre-docs admin key add --unit MÃ --p12 KHÓA.p12 --password-env BIẾN --seal dau.png`;

const read = (path: string, what: string): Promise<Buffer> =>
  readFile(path).catch(() => {
    throw new UsageError(`không đọc được ${what} "${path}".`);
  });

/** A key problem the signing library names (wrong password, expired, mismatch, bad PNG): printed in Vietnamese, exit 1, nothing stored. */
export class KeyRefused extends Error {
  constructor(readonly code: string, readonly text: string) {
    super(text);
  }
}

export async function keyAdd(store: Store, by: AdminBy, p: Parsed): Promise<{ result: Result<unknown>; text: (value: never) => string }> {
  const [user, unit] = [str(p, "user"), str(p, "unit")];
  if (!user === !unit) throw new UsageError(`cần đúng một trong --user (khóa của người ký) hoặc --unit (khóa của cơ quan).\n  ${USAGE}`);
  const imagePath = user ? str(p, "image") : str(p, "seal");
  const p12Path = str(p, "p12");
  const env = str(p, "password-env");
  if (!p12Path || !imagePath || !env) throw new UsageError(`thiếu --p12, --password-env hoặc ${user ? "--image" : "--seal"}.\n  ${USAGE}`);
  const password = process.env[env];
  if (password === undefined) throw new UsageError(`biến môi trường ${env} (mật khẩu tệp .p12) chưa được đặt.`);
  const [p12, image] = [await read(p12Path, "tệp khóa"), await read(imagePath, "tệp ảnh")];
  let checked;
  try {
    checked = checkSigningKey({ p12, password, image, p12File: p12Path, imageFile: imagePath, role: user ? "signer" : "body" }, by.now ?? new Date());
  } catch (err) {
    if (err instanceof SignError) throw new KeyRefused(err.code, signMessage(err.code, err.params));
    throw err;
  }
  const result = await putSigningKey(store, by, { owner: user ? { user } : { unit: unit! }, p12, password, image, ...checked });
  const whose = user ? `người dùng "${user}"` : `đơn vị "${unit}"`;
  return {
    result,
    text: (v: { replaced: boolean }) => `Đã ${v.replaced ? "thay" : "lưu"} khóa ký số của ${whose} (chứng thư: ${checked.subject}, hiệu lực đến ${checked.validTo.slice(0, 10)}); khóa bí mật được mã hóa khi lưu.`,
  };
}
