// Signature and seal images: PNG only, bounded in size, and a seal must be transparent (Nghị định 30, Phụ lục I, II.7–8).
import { SignError } from "../core/index.js";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 2000;

export interface PngInfo {
  width: number;
  height: number;
  /** An alpha channel (colour types 4 and 6) or a tRNS chunk. */
  transparent: boolean;
}

/** Reads a PNG's header chunks (IHDR, and tRNS before the image data). */
export function pngInfo(bytes: Uint8Array, file: string): PngInfo {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (b.length < 33 || !b.subarray(0, 8).equals(SIGNATURE) || b.toString("latin1", 12, 16) !== "IHDR") throw new SignError("sign_image_not_png", { file });
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const colourType = b[25]!;
  let transparent = colourType === 4 || colourType === 6;
  for (let at = 8; !transparent && at + 8 <= b.length; ) {
    const len = b.readUInt32BE(at);
    const type = b.toString("latin1", at + 4, at + 8);
    if (type === "tRNS") transparent = true;
    if (type === "IDAT" || type === "IEND") break;
    at += 12 + len;
  }
  return { width, height, transparent };
}

/** Checks a signature or seal image before it goes on the page. */
export function checkImage(bytes: Uint8Array, file: string, role: "signature" | "seal"): PngInfo {
  const info = pngInfo(bytes, file);
  if (bytes.length > MAX_IMAGE_BYTES || info.width > MAX_IMAGE_PIXELS || info.height > MAX_IMAGE_PIXELS) {
    throw new SignError("sign_image_too_large", { file, width: info.width, height: info.height, size: bytes.length });
  }
  if (role === "seal" && !info.transparent) throw new SignError("sign_seal_opaque", { file });
  return info;
}
