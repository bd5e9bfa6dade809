// exceljs' streaming reader driven part by part: workbook, relations, styles, shared strings, then each sheet's rows.
import { createRequire } from "node:module";
import { Readable } from "node:stream";

// Parts of exceljs' streaming reader (exceljs 4.4, pinned by the lockfile). Its WorkbookReader takes the zip's
// parts in file order and spools sheets that come before the shared strings to temporary files; fed one part at
// a time in the order they are needed, the same parsers need neither.
const require = createRequire(import.meta.url);
type Ctor<T> = new (...args: never[]) => T;
interface Xform {
  model: Record<string, unknown> & { sheets?: Array<{ name: string; rId: string; state?: string }> };
  map: Record<string, { model?: Record<string, unknown> }>;
  parseStream(stream: Readable): Promise<unknown>;
}
let lib:
  | {
      WorksheetReader: Ctor<AsyncIterable<StreamRow>>;
      StyleManager: Ctor<Xform & { init(): void }>;
      WorkbookXform: Ctor<Xform>;
      RelationshipsXform: Ctor<Xform>;
      WorkbookReader: { prototype: { _parseSharedStrings(entry: Readable): AsyncIterable<unknown> } };
    }
  | undefined;

function exceljs(): NonNullable<typeof lib> {
  lib ??= {
    WorksheetReader: require("exceljs/lib/stream/xlsx/worksheet-reader"),
    StyleManager: require("exceljs/lib/xlsx/xform/style/styles-xform"),
    WorkbookXform: require("exceljs/lib/xlsx/xform/book/workbook-xform"),
    RelationshipsXform: require("exceljs/lib/xlsx/xform/core/relationships-xform"),
    WorkbookReader: require("exceljs/lib/stream/xlsx/workbook-reader"),
  };
  return lib;
}

export interface StreamRow {
  number: number;
  cellCount: number;
  getCell(c: number): { value: unknown };
}

const stream = (data: Buffer): Readable => Readable.from([data]);
/** Sheet text is parsed in pieces this big: small enough that the parser's events die young (cheap to collect). */
const CHUNK = 16 * 1024;

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** Sheets in workbook order with their parts, and the 1904 date system flag. */
export async function workbookSheets(workbook: Buffer, rels: Buffer | undefined): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const { WorkbookXform, RelationshipsXform } = exceljs();
  const wb = new WorkbookXform();
  await wb.parseStream(stream(workbook));
  const links = rels ? ((await new RelationshipsXform().parseStream(stream(rels))) as Array<{ Id: string; Target: string }>) : [];
  const partOf = (target: string): string => (target.startsWith("/") ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, "/");
  const sheets = (wb.model.sheets ?? []).map((s) => {
    const target = links.find((l) => l.Id === s.rId)?.Target;
    return { name: String(s.name), hidden: (s.state ?? "visible") !== "visible", part: target ? partOf(target) : "" };
  });
  return { sheets, date1904: Boolean(wb.map.workbookPr?.model?.date1904) };
}

export interface SheetContext {
  sharedStrings: unknown[];
  styles: unknown;
  properties: { model: { date1904: boolean } };
}

/** Shared strings (as exceljs gives them: text or rich text) and styles (for dates), read once per workbook. */
export async function sheetContext(shared: Buffer | undefined, styles: Buffer | undefined, date1904: boolean): Promise<SheetContext> {
  const { StyleManager, WorkbookReader } = exceljs();
  const manager = new StyleManager();
  manager.init();
  if (styles) await manager.parseStream(stream(styles));
  const holder = { options: { sharedStrings: "cache" }, sharedStrings: [] as unknown[], _emitEntry: () => {} };
  if (shared) for await (const _ of WorkbookReader.prototype._parseSharedStrings.call(holder, stream(shared)));
  return { sharedStrings: holder.sharedStrings, styles: manager, properties: { model: { date1904 } } };
}

const ERROR_CELL = /<c\b([^>]*\bt="e"[^>]*)>(.*?)<\/c>/gs;
const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>.*?<\/f>/gs;

/**
 * The streaming reader reads a formula's cached error (`t="e"`) as a number (NaN) and loses it; without its
 * formula the cell reads as the error it holds (`#DIV/0!`), as the full reader gives it.
 */
function keepFormulaErrors(xml: Buffer): Buffer {
  if (!xml.includes('t="e"')) return xml;
  return Buffer.from(xml.toString("utf8").replace(ERROR_CELL, (_m, attrs: string, body: string) => `<c${attrs}>${body.replace(FORMULA, "")}</c>`));
}

/** A sheet's rows as they are parsed; the caller stops when it has what it wants. */
export function sheetRows(sheet: Buffer, ctx: SheetContext): AsyncIterable<StreamRow> {
  const { WorksheetReader } = exceljs();
  const xml = keepFormulaErrors(sheet);
  // Text, decoded as a stream: exceljs decodes each chunk alone, which would split a letter cut by the boundary.
  const iterator = (async function* () {
    const decoder = new TextDecoder("utf-8");
    for (let i = 0; i < xml.length; i += CHUNK) yield decoder.decode(xml.subarray(i, i + CHUNK), { stream: true });
    yield decoder.decode();
  })();
  return new WorksheetReader({ workbook: ctx, id: 1, iterator, options: { worksheets: "emit" } } as never);
}
