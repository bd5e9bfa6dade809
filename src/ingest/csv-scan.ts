// One pass over CSV text before it is parsed: rows and the rightmost filled column, so that a huge or very wide file is refused cheaply.

export interface CsvShape {
  rows: number;
  /** The rightmost column holding a value, over all rows (trailing empty fields do not count). */
  columns: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Counts without building any cell; a quote toggles the quoted state (`""` toggles twice), as in RFC 4180. */
export function csvShape(text: string, delimiter: string): CsvShape {
  const sep = delimiter.charCodeAt(0);
  let rows = 0;
  let columns = 0;
  let field = 1;
  let filled = 0;
  let quoted = false;
  let content = false;
  const endRecord = () => {
    rows++;
    if (filled > columns) columns = filled;
    field = 1;
    filled = 0;
    content = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    if (quoted) {
      filled = field;
      continue;
    }
    if (c === sep) field++;
    else if (c === LF) endRecord();
    else if (c !== CR) filled = field;
    content ||= c !== LF && c !== CR;
  }
  if (content || filled > 0 || field > 1) endRecord();
  return { rows, columns };
}
