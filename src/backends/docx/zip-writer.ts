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

function localHeader(e: ZipEntry, time: number, date: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed: deflate
  h.writeUInt16LE(0x0800, 6); // names are UTF-8
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt16LE(time, 10);
  h.writeUInt16LE(date, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return h;
}

function centralHeader(e: ZipEntry, time: number, date: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // made by: MS-DOS attributes, spec 2.0
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(time, 12);
  h.writeUInt16LE(date, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.data.length, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(offset, 42);
  return h;
}

/** The archive as one Uint8Array that owns its buffer (so a worker can transfer it). */
export function writeZip(entries: readonly ZipEntry[], when: Date): Uint8Array {
  const { time, date } = dosDateTime(when);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = localHeader(e, time, date);
    central.push(centralHeader(e, time, date, offset), e.name);
    chunks.push(local, e.name, e.data);
    offset += local.length + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const parts = [...chunks, ...central, end];
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
