// A TrueType subset with the exact bytes of fontkit's TTFSubset, from glyph data decoded once per font, not per document.
import type * as fontkit from "fontkit";
import { markRecurring } from "./stream-memo.js";

interface GlyphData {
  raw: Uint8Array;
  /** A compound glyph's components: their glyph ids and where each id sits in `raw`. */
  components: Array<{ gid: number; pos: number }> | undefined;
  advance: number;
  bearing: number;
}

/** What is read once per font: raw tables and, lazily, each glyph used. */
export interface FontData {
  font: fontkit.Font;
  glyphs: Map<number, GlyphData>;
  /** Subsets encoded before, by glyph list: the font file and the full list (components added). A small LRU. */
  encoded: Map<string, { bytes: Buffer; glyphs: number[] }>;
  locaVersion: number;
  head: Uint8Array;
  hhea: Uint8Array;
  maxp: Uint8Array;
  cvt?: Uint8Array;
  prep?: Uint8Array;
  fpgm?: Uint8Array;
}

type Raw = {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { version: number; offsets: number[] };
  getGlyph(gid: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null; _getMetrics(): { leftBearing: number } };
};

function table(font: fontkit.Font, tag: string): Uint8Array | undefined {
  const raw = font as unknown as Raw;
  const entry = raw.directory.tables[tag];
  return entry ? raw.stream.buffer.subarray(entry.offset, entry.offset + entry.length) : undefined;
}

export function fontData(font: fontkit.Font): FontData {
  const raw = font as unknown as Raw;
  if (!table(font, "glyf") || !table(font, "head")) throw new Error("fast subset: a TrueType (glyf) font is required");
  return {
    font,
    glyphs: new Map(),
    encoded: new Map(),
    locaVersion: raw.loca.version,
    head: table(font, "head")!,
    hhea: table(font, "hhea")!,
    maxp: table(font, "maxp")!,
    cvt: table(font, "cvt "),
    prep: table(font, "prep"),
    fpgm: table(font, "fpgm"),
  };
}

/** A glyph as fontkit's _addGlyph sees it, decoded with fontkit on first use and then kept. */
function glyphData(fd: FontData, gid: number): GlyphData {
  let g = fd.glyphs.get(gid);
  if (g) return g;
  const raw = fd.font as unknown as Raw;
  const glyph = raw.getGlyph(gid);
  const decoded = glyph._decode();
  const start = raw.loca.offsets[gid]!;
  const end = raw.loca.offsets[gid + 1]!;
  const glyf = table(fd.font, "glyf")!;
  const compound = decoded !== null && decoded.numberOfContours < 0;
  g = {
    raw: glyf.subarray(start, end),
    components: compound ? decoded.components!.map((c) => ({ gid: c.glyphID, pos: c.pos })) : undefined,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
  fd.glyphs.set(gid, g);
  return g;
}

/** Subsets kept per face: enough for the few glyph sets a batch of one kind cycles through (a subset is ~10-40 KB). */
const MAX_ENCODED = 24;

const TABLE_ORDER = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm"] as const;

/** Same interface as fontkit's Subset as pdfkit uses it: includeGlyph while writing text, encode when embedding. */
export class FastSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly fd: FontData) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === "object" ? glyph.id : glyph;
    let at = this.mapping.get(id);
    if (at === undefined) {
      this.glyphs.push(id);
      this.mapping.set(id, (at = this.glyphs.length - 1));
    }
    return at;
  }

  /**
   * The subset's font file. Documents using the same glyphs in the same order (the glyph plan makes the order
   * canonical) get the very same Buffer, never to be modified, so its compressed form can be reused too.
   */
  encode(): Buffer {
    const key = this.glyphs.join(",");
    const memo = this.fd.encoded;
    let hit = memo.get(key);
    if (hit) {
      memo.delete(key);
      // Components of compound glyphs join the list while encoding: join them here too.
      for (let i = this.glyphs.length; i < hit.glyphs.length; i++) this.includeGlyph(hit.glyphs[i]!);
    } else {
      hit = { bytes: this.build(), glyphs: [...this.glyphs] };
      markRecurring(hit.bytes);
      if (memo.size >= MAX_ENCODED) memo.delete(memo.keys().next().value!);
    }
    memo.set(key, hit);
    return hit.bytes;
  }

  private build(): Buffer {
    const parts: Uint8Array[] = [];
    const offsets: number[] = [];
    const metrics: number[] = [];
    let offset = 0;
    // Components join the list as compound glyphs are reached, as in fontkit.
    for (let i = 0; i < this.glyphs.length; i++) {
      const g = glyphData(this.fd, this.glyphs[i]!);
      let bytes = g.raw;
      if (g.components) {
        bytes = Uint8Array.from(g.raw);
        const view = new DataView(bytes.buffer);
        for (const c of g.components) view.setUint16(c.pos, this.includeGlyph(c.gid));
      }
      parts.push(bytes);
      offsets.push(offset);
      metrics.push(g.advance, g.bearing);
      offset += bytes.length;
    }
    offsets.push(offset);
    return this.assemble(parts, offsets, metrics);
  }

  private assemble(glyf: Uint8Array[], offsets: number[], metrics: number[]): Buffer {
    const fd = this.fd;
    const n = glyf.length;
    const short = fd.locaVersion === 0;
    const loca = Buffer.alloc(offsets.length * (short ? 2 : 4));
    offsets.forEach((o, i) => (short ? loca.writeUInt16BE(o >>> 1, i * 2) : loca.writeUInt32BE(o, i * 4)));
    const hmtx = Buffer.alloc(n * 4);
    for (let i = 0; i < n; i++) {
      hmtx.writeUInt16BE(metrics[i * 2]!, i * 4);
      hmtx.writeInt16BE(metrics[i * 2 + 1]!, i * 4 + 2);
    }
    const head = Buffer.from(fd.head);
    head.writeInt16BE(fd.locaVersion, 50); // indexToLocFormat
    const hhea = Buffer.from(fd.hhea);
    hhea.writeUInt16BE(n, 34); // numberOfMetrics
    const maxp = Buffer.from(fd.maxp);
    maxp.writeUInt16BE(n, 4); // numGlyphs
    const data: Record<(typeof TABLE_ORDER)[number], Uint8Array[] | undefined> = {
      head: [head], hhea: [hhea], loca: [loca], maxp: [maxp],
      "cvt ": fd.cvt && [fd.cvt], prep: fd.prep && [fd.prep], glyf, hmtx: [hmtx], fpgm: fd.fpgm && [fd.fpgm],
    };
    return directory(TABLE_ORDER.filter((t) => data[t]).map((tag) => ({ tag, chunks: data[tag]! })));
  }
}

/**
 * The font file as fontkit's Directory writes it: tag `true`, zero checksums, tables in the order given with no
 * padding between them (what fontkit's subsets have always embedded, and what PDF readers accept).
 */
function directory(tables: Array<{ tag: string; chunks: Uint8Array[] }>): Buffer {
  const count = tables.length;
  const exp = Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  head.write("true", 0, "latin1");
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(2 ** exp * 16, 6);
  head.writeUInt16BE(exp, 8);
  head.writeUInt16BE(count * 16 - 2 ** exp * 16, 10);
  let offset = head.length;
  tables.forEach((t, i) => {
    const length = t.chunks.reduce((s, c) => s + c.length, 0);
    head.write(t.tag, 12 + i * 16, "latin1");
    head.writeUInt32BE(offset, 12 + i * 16 + 8);
    head.writeUInt32BE(length, 12 + i * 16 + 12);
    offset += length;
  });
  return Buffer.concat([head, ...tables.flatMap((t) => t.chunks)], offset);
}
