// A small zip writer over Node's zlib: parts deflated natively, dated by the document, in the order given.
import { crc32, deflateRawSync } from "node:zlib";
import { dosDateTime } from "./zip-dates.js";

/** One part, compressed once: parts that never change between documents are kept in this form. */
export interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/** Level 6 (zlib's default) keeps files as small as docx's own packer made them, at a fraction of its time. */
export function zipEntry(name: string, content: string | Uint8Array, level = 6): ZipEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name: Buffer.from(name, "utf8"), crc: crc32(raw), size: raw.length, data: deflateRawSync(raw, { level }) };
}

const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;

/** The fields a local and a central header share, in the same order: version needed to name length (24 bytes). */
function writeShared(view: DataView, at: number, e: ZipEntry, time: number, date: number): void {
  view.setUint16(at, 20, true); // version needed: deflate
  view.setUint16(at + 2, 0x0800, true); // names are UTF-8
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint16(at + 6, time, true);
  view.setUint16(at + 8, date, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.name.length, true);
}

/** The local header of an entry at `at` in `view`, followed by its name. */
function writeLocal(view: DataView, at: number, e: ZipEntry, time: number, date: number): void {
  view.setUint32(at, 0x04034b50, true);
  writeShared(view, at + 4, e, time, date);
  // extra field length (28) stays 0
}

function writeCentral(view: DataView, at: number, e: ZipEntry, time: number, date: number, offset: number): void {
  view.setUint32(at, 0x02014b50, true);
  view.setUint16(at + 4, 20, true); // made by: MS-DOS attributes, spec 2.0
  writeShared(view, at + 6, e, time, date);
  // extra, comment, disk, attributes (30–41) stay 0
  view.setUint32(at + 42, offset, true);
}

/** The archive as one Uint8Array that owns its buffer (so a worker can transfer it), written in place. */
export function writeZip(entries: readonly ZipEntry[], when: Date): Uint8Array {
  const { time, date } = dosDateTime(when);
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += LOCAL_SIZE + e.name.length + e.data.length;
    centralSize += CENTRAL_SIZE + e.name.length;
  }
  // Zero-filled: every header field not set below is 0.
  const out = new Uint8Array(localSize + centralSize + END_SIZE);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (const e of entries) {
    writeLocal(view, at, e, time, date);
    out.set(e.name, at + LOCAL_SIZE);
    out.set(e.data, at + LOCAL_SIZE + e.name.length);
    writeCentral(view, central, e, time, date, at);
    out.set(e.name, central + CENTRAL_SIZE);
    at += LOCAL_SIZE + e.name.length + e.data.length;
    central += CENTRAL_SIZE + e.name.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
