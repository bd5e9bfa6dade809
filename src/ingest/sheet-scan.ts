// Looks at a worksheet's XML as it is inflated: rows and columns past the limits stop it early; merged ranges are noted.

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
}

export interface SheetScan {
  /** The first row number past maxRows, or the first column number past maxColumns, if one was met. */
  overRows?: number;
  overColumns?: number;
  merges: string[];
}

const TAG = /<(row|c|mergeCell)\b([^>]*)>/g;
const REF = /\br="([A-Z]*)(\d*)"/;
const MERGE = /\bref="([A-Z]+\d+:[A-Z]+\d+)"/;
/** More merged ranges than any form has; a sheet with more is read without the rest. */
const MAX_MERGES = 10_000;

const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
};

/** Feeds on text chunks; `push` answers false once the sheet is known to be over a limit. */
export class SheetScanner {
  readonly result: SheetScan = { merges: [] };
  private carry = "";
  private row = 0;
  private column = 0;

  constructor(private readonly limits: SheetLimits) {}

  push(text: string): boolean {
    const s = this.carry + text;
    // A tag cut by the chunk boundary waits for the next chunk.
    const open = s.lastIndexOf("<");
    const cut = open >= 0 && s.indexOf(">", open) < 0 ? open : s.length;
    this.carry = s.slice(cut);
    TAG.lastIndex = 0;
    const body = s.slice(0, cut);
    for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
      if (!this.tag(m[1]!, m[2]!)) return false;
    }
    // A tag longer than this is no worksheet's: stop rather than carry it without end.
    return this.carry.length < 1 << 20;
  }

  private tag(name: string, attrs: string): boolean {
    const ref = REF.exec(attrs);
    if (name === "row") {
      this.row = ref?.[2] ? Number(ref[2]) : this.row + 1;
      this.column = 0;
      if (this.row > this.limits.maxRows) this.result.overRows = this.row;
      return this.row <= this.limits.maxRows;
    }
    if (name === "c") {
      this.column = ref?.[1] ? columnNumber(ref[1]) : this.column + 1;
      // `<c r="XFD1" s="3"/>` is an empty formatted cell: it holds nothing, so it does not make the sheet wide.
      if (this.column <= this.limits.maxColumns || attrs.endsWith("/")) return true;
      this.result.overColumns = this.column;
      return false;
    }
    const range = MERGE.exec(attrs)?.[1];
    if (range && this.result.merges.length < MAX_MERGES) this.result.merges.push(range);
    return true;
  }
}
