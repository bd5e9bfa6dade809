// Small PNGs made in the test: a blue signature stroke or a red ring seal on transparency, or an opaque image.
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** An RGBA (alpha) or RGB (opaque) PNG whose pixel colour comes from `paint(x, y)`: [r, g, b, a] or undefined for clear. */
export function makePng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number] | undefined, opaque = false): Buffer {
  const channels = opaque ? 3 : 4;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    for (let x = 0; x < width; x++) {
      const px = paint(x, y) ?? [255, 255, 255, 0];
      for (let c = 0; c < channels; c++) raw[row + 1 + x * channels + c] = px[c]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = opaque ? 2 : 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** A blue hand-like stroke on a transparent ground (a signer's signature image). */
export const signatureImage = (): Buffer =>
  makePng(300, 120, (x, y) => (Math.abs(y - (60 + 35 * Math.sin(x / 18))) < 4 ? [20, 40, 200, 255] : undefined));

/** A red ring with a star-like centre on a transparent ground (a round seal). */
export const sealImage = (): Buffer =>
  makePng(200, 200, (x, y) => {
    const r = Math.hypot(x - 100, y - 100);
    return (r > 88 && r < 98) || (r > 70 && r < 74) || r < 14 ? [220, 20, 30, 255] : undefined;
  });
