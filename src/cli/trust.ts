// `--trust CA.pem` of verify, sign --complete and serve: the root certificates a signer's certificate must chain to.
import { readFile } from "node:fs/promises";
import type { X509Certificate } from "node:crypto";
import { parseTrustAnchors } from "../index.js";
import { UsageError } from "./args.js";

/** The certificates of the PEM file, or undefined without the option; a file that cannot be read or holds none is a usage error. */
export async function readTrust(path: string | undefined, command: string): Promise<X509Certificate[] | undefined> {
  if (path === undefined) return undefined;
  const pem = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`không đọc được tệp --trust ${path} (${err.code === "ENOENT" ? "không có tệp này" : err.code ?? "lỗi đọc tệp"})`, command);
  });
  let certs: X509Certificate[];
  try {
    certs = parseTrustAnchors(pem);
  } catch {
    throw new UsageError(`tệp --trust ${path} có chứng thư số PEM bị hỏng`, command);
  }
  if (certs.length === 0) throw new UsageError(`tệp --trust ${path} không có chứng thư số dạng PEM (-----BEGIN CERTIFICATE-----)`, command);
  return certs;
}
