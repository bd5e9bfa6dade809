// Hostile workbooks built in memory: zip bombs with lying sizes, a million rows, a very wide sheet, huge shared strings.
import { crc32, createDeflateRaw } from "node:zlib";
import { DECISION_HEADERS, decisionRow, xlsxOf } from "../ingest/sheet-fixtures.js";

interface Part {
  name: string;
  /** The content in pieces, so that hundreds of megabytes never sit in memory at once. */
  data: Iterable<string>;
  /** Size written in the headers; a bomb lies here. */
  declared?: number;
}

/** Pieces joined into about 1 MB strings: a million tiny writes cost more than the compression. */
function* batched(data: Iterable<string>): Iterable<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of data) {
    parts.push(piece);
    length += piece.length;
    if (length >= 1 << 20) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join("");
}

/** Deflates the pieces as a stream; returns the packed bytes, the real size and the CRC. */
async function deflate(data: Iterable<string>): Promise<{ packed: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => z.on("end", resolve));
  let size = 0;
  let crc = 0;
  for (const piece of batched(data)) {
    const b = Buffer.from(piece);
    size += b.length;
    crc = crc32(b, crc);
    if (!z.write(b)) await new Promise((resolve) => z.once("drain", resolve));
  }
  z.end();
  await done;
  return { packed: Buffer.concat(out), size, crc };
}

/** A deflated zip written by hand, so that the declared sizes can lie. */
export async function zipOf(parts: Part[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const { packed, size: real, crc } = await deflate(p.data);
    const size = p.declared ?? real;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Quyết định" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
function* sheet(rows: Iterable<string>): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
  yield* rows;
  yield "</sheetData></worksheet>";
}

function* repeat(piece: string, times: number): Iterable<string> {
  for (let i = 0; i < times; i++) yield piece;
}

/** A one-sheet workbook from sheet XML (and shared strings), each part declaring `declared` bytes if given. */
function book(sheetXml: Iterable<string>, shared?: Iterable<string>, declared?: number): Promise<Uint8Array> {
  const parts: Part[] = [
    { name: "xl/workbook.xml", data: [WORKBOOK] },
    { name: "xl/_rels/workbook.xml.rels", data: [RELS] },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml, declared },
  ];
  if (shared) parts.push({ name: "xl/sharedStrings.xml", data: shared, declared });
  return zipOf(parts);
}

const letters = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** Each hostile workbook, built on demand (some take a second and a few hundred MB to build). */
export const HOSTILE_XLSX: Record<string, () => Promise<Uint8Array>> = {
  /** 200 MB of cells declared as 1 KB. */
  "zip bomb, lying sizes": () =>
    book(sheet([`<row r="1"><c r="A1" t="inlineStr"><is><t>`, ...repeat("A".repeat(1 << 20), 200), "</t></is></c></row>"]), undefined, 1024),
  /** 1,000,000 rows of one number. */
  "1,000,000 rows": () =>
    book(sheet((function* () {
      for (let i = 1; i <= 1_000_000; i++) yield `<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`;
    })())),
  /** 100 rows × 16,384 columns of values. */
  "very wide sheet": () =>
    book(sheet((function* () {
      for (let r = 1; r <= 100; r++) yield `<row r="${r}">${Array.from({ length: 16_384 }, (_, c) => `<c r="${letters(c + 1)}${r}"><v>1</v></c>`).join("")}</row>`;
    })())),
  /** 150 MB of shared strings in a file of about 0.4 MB, declared as 1 KB. */
  "150 MB shared strings": () => {
    const si = `<si><t>${"Nguyễn Văn A ".repeat(80)}</t></si>`;
    const count = Math.ceil((150 * 1024 * 1024) / Buffer.byteLength(si));
    const sst = ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', ...repeat(si, count), "</sst>"];
    return book(sheet([`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`]), sst, 1024);
  },
};

/** At the limits and valid: 20,000 rows of 30 filled columns (inline text), the most a sheet may hold. */
export const fullSheet = (): Promise<Uint8Array> =>
  book(sheet((function* () {
    for (let r = 1; r <= 20_000; r++) yield `<row r="${r}">${Array.from({ length: 30 }, (_, c) => `<c r="${letters(c + 1)}${r}" t="inlineStr"><is><t>Ô ${r}-${c}</t></is></c>`).join("")}</row>`;
  })()));

/** A good workbook next to the hostile ones, for the "still reads" side of each measurement. */
export const goodBook = (): Promise<Uint8Array> => xlsxOf({ sheets: { "Quyết định": [DECISION_HEADERS, decisionRow(1)] } });
