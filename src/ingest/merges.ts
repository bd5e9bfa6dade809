// Merged cells as a clerk means them: a header merged across columns is one column; a value merged down fills each row.

const ADDRESS = /^([A-Z]+)(\d+)$/;

function decode(address: string): { row: number; col: number } | undefined {
  const m = ADDRESS.exec(address);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/**
 * The streaming reader gives a merged range's value in its first cell only. Across columns that is what we want
 * (a header over B1:C1 names one column, not two equal ones); down rows, each row of the range gets the value.
 */
export function applyMerges<T>(rows: Array<T[] | undefined>, ranges: readonly string[]): Array<T[] | undefined> {
  for (const range of ranges) {
    const [a, b] = range.split(":").map(decode);
    if (!a || !b || b.row <= a.row) continue;
    const value = rows[a.row - 1]?.[a.col - 1];
    if (value === undefined || value === null) continue;
    for (let r = a.row + 1; r <= Math.min(b.row, rows.length); r++) {
      const row = (rows[r - 1] ??= []);
      while (row.length < a.col) row.push(null as T);
      if (row[a.col - 1] === null || row[a.col - 1] === undefined) row[a.col - 1] = value;
    }
  }
  return rows;
}
