// Pins every entry's timestamp in a zip archive, in place: docx stamps entries with the local wall clock.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time of `d` in UTC (two-second resolution); outside 1980–2107, 1 January of the nearest year. */
export function dosDateTime(d: Date): { date: number; time: number } {
  const year = d.getUTCFullYear();
  if (year < 1980 || year > 2107) return { date: ((year < 1980 ? 0 : 127) << 9) | (1 << 5) | 1, time: 0 };
  const date = ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  return { date, time };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const last = view.byteLength - 22;
  for (let p = last; p >= Math.max(0, last - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new Error("not a zip archive: no end of central directory");
}

/** Sets the modification time of every entry (central and local headers) to `when`; returns `zip`. */
export function pinZipDates(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { date, time } = dosDateTime(when);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error("not a zip archive: bad central directory");
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error("not a zip archive: bad local header");
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
