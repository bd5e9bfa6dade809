// Looks at a zip's central directory before unpacking it: a small .xlsx may hold gigabytes (a zip bomb).
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 10_000;

export type ZipCheck = { ok: true; unpacked: number } | { ok: false; reason: "corrupt" | "too_large"; unpacked?: number };

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Sum of the declared unpacked sizes; refuses more than `maxUnpacked` bytes or entries, and ZIP64. */
export function checkZip(bytes: Uint8Array, maxUnpacked: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return { ok: false, reason: "corrupt" };
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES || count === 0xffff || at === 0xffffffff) return { ok: false, reason: "too_large" };
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: "corrupt" };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: "too_large" };
    unpacked += size;
    if (unpacked > maxUnpacked) return { ok: false, reason: "too_large", unpacked };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, unpacked };
}
