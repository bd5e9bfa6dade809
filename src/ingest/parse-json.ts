// JSON text to one parsed value, or a parse_error with line and column.
import { issue } from "../core/index.js";
import { lineColumn } from "./decode.js";
import { jsonErrorOffset } from "./json-error.js";
import type { Parsed } from "./types.js";

export function parseJson(text: string): Parsed {
  try {
    // JSON.parse defines `__proto__` as an own property, never as the prototype; sanitize drops it.
    return { ok: true, documents: text.trim() === "" ? [] : [JSON.parse(text)], issues: [] };
  } catch {
    const offset = jsonErrorOffset(text);
    const found = text[offset];
    const { line, column } = lineColumn(text, offset);
    const params =
      found === undefined
        ? { format: "JSON", line, column, reason: "end" }
        : { format: "JSON", line, column, reason: "syntax", found: /[\p{L}\p{N}\p{P}\p{S}]/u.test(found) ? found : undefined };
    return { ok: false, issues: [issue("parse_error", [], params)] };
  }
}
