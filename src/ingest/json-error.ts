// Finds where a JSON text goes wrong; Node 20's JSON.parse messages do not always give a position.

const WS = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

/** Offset of the first character JSON cannot accept (text.length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const step = (n: number, result: boolean): boolean => {
    i += n;
    return result;
  };
  const ws = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text[i] !== ch) return false;
      i++;
    }
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') return step(1, true);
      if (ch < " ") return false;
      if (ch === "\\") {
        const esc = text[i + 1];
        if (esc === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return step(2, false);
          i += 6;
        } else if (esc !== undefined && ESCAPES.has(esc)) i += 2;
        else return step(1, false);
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === "" || m[0] === "-") return false;
    i += m[0].length;
    return true;
  };
  const members = (close: string, depth: number, isObject: boolean): boolean => {
    i++; // opening bracket
    ws();
    if (text[i] === close) return step(1, true);
    for (;;) {
      ws();
      if (isObject) {
        if (text[i] !== '"' || !string()) return false;
        ws();
        if (text[i] !== ":") return false;
        i++;
      }
      if (!value(depth + 1)) return false;
      ws();
      if (text[i] === ",") i++;
      else if (text[i] === close) return step(1, true);
      else return false;
    }
  };
  const value = (depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    ws();
    const ch = text[i];
    if (ch === "{") return members("}", depth, true);
    if (ch === "[") return members("]", depth, false);
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    return number();
  };
  if (!value(0)) return Math.min(i, text.length);
  ws();
  return i;
}
