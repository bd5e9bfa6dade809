// Bytes to text: strict UTF-8, with or without a byte-order mark; anything else is refused.

const BOM = "\uFEFF";

/** The decoded text, or undefined when the bytes are not valid UTF-8 (e.g. a legacy TCVN3 file). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** 1-based line and column (in UTF-16 units) of an offset into text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
