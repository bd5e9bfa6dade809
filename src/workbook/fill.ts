// Writes records into a form made by buildForm (the sample workbooks and tests fill forms this way).
import { fail, issue, ok, type Result } from "../core/index.js";
import { findKind } from "../kinds/index.js";
import { KIND_STAMP, layoutOf, newWorkbook, readHeader, readSheet } from "../ingest/index.js";
import { foundPositions, writeRow } from "./positions.js";
import { rowsOf } from "./rows.js";

/** Replaces the data rows of every sheet with the records' rows, placed by the sheets' own headers;
 * fails on a workbook that is not a form of this program (no kind stamp, a sheet or header row gone). */
export async function fillForm(bytes: Uint8Array, records: readonly unknown[]): Promise<Result<Uint8Array>> {
  const wb = newWorkbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const id = (wb.keywords ?? "").split(/[\s,;]+/).find((k) => k.startsWith(KIND_STAMP))?.slice(KIND_STAMP.length);
  const kind = id ? findKind(id) : undefined;
  if (!kind) return fail([issue("no_data_sheet", [], { reason: "no_kind" })]);
  const layout = layoutOf(kind);
  const rows = rowsOf(layout, records);
  for (const table of layout.tables) {
    const ws = wb.getWorksheet(table.sheet);
    const header = ws ? readHeader(readSheet(ws), table, new Set(["kind"])) : undefined;
    if (!ws || !header) return fail([issue("no_data_sheet", [], { reason: "missing", sheet: table.sheet })]);
    // Old values go (the example row), formats and drop-downs stay.
    ws.eachRow((row, n) => {
      if (n > header.headerRow + 1) row.eachCell((cell) => (cell.value = null));
    });
    const pos = foundPositions(header);
    rows.get(table)!.forEach((row, n) => writeRow(ws, header.headerRow + 2 + n, pos, row));
  }
  return ok(new Uint8Array(await wb.xlsx.writeBuffer()));
}
