// A linear look at YAML text before the parser: nesting and size beyond a bound are refused, because the yaml package
// (and V8's regular-expression compiler under it) can abort the process on a 100,000-deep document, and spends
// seconds and hundreds of MB on a few hundred thousand values.

/** Deeper than any record (sanitize refuses more than 64 levels); far below what hurts the parser. */
export const MAX_YAML_DEPTH = 100;

/** Values (lines with content, items of `[..]` and `{..}`) in one file: about 3,000 typical records. */
export const MAX_YAML_NODES = 200_000;

const COMPACT = /^(?:[-?:](?: +|$))+/;

/** Block depth of a line: indentation steps still open, plus `- - -` style entries before its content. */
function blockDepth(line: string, stack: number[]): number {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  if (rest === "" || rest.startsWith("#")) return stack.length;
  while (stack.length && stack[stack.length - 1]! > indent) stack.pop();
  if (!stack.length || stack[stack.length - 1]! < indent) stack.push(indent);
  const compact = COMPACT.exec(rest)?.[0] ?? "";
  return stack.length + compact.replace(/ /g, "").length;
}

/** Flow depth (`[`, `{`) after one line, outside quotes and comments; returns the deepest point in it. */
function flowDepth(line: string, state: { depth: number; quote: string; items: number }): number {
  let max = state.depth;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (state.quote) {
      if (c === "\\" && state.quote === '"') i++;
      else if (c === state.quote) state.quote = "";
      continue;
    }
    const before = i === 0 ? " " : line[i - 1]!;
    if (c === "#" && /\s/.test(before)) break;
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) state.quote = c;
    else if (c === "[" || c === "{") max = Math.max(max, ++state.depth);
    else if ((c === "]" || c === "}") && state.depth > 0) state.depth--;
    else if (c === "," && state.depth > 0) state.items++;
  }
  return max;
}

export type YamlShapeProblem = { reason: "too_deep"; line: number } | { reason: "too_many_nodes" };

/** The first line (1-based) where nesting passes `max`, or too many values in all; undefined when the text stays within both. */
export function yamlTooBig(text: string, max = MAX_YAML_DEPTH, maxNodes = MAX_YAML_NODES): YamlShapeProblem | undefined {
  const stack: number[] = [];
  const flow = { depth: 0, quote: "", items: 0 };
  let line = 1;
  let start = 0;
  let nodes = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const s = text.slice(start, end);
    if (blockDepth(s, stack) + flowDepth(s, flow) > max) return { reason: "too_deep", line };
    if (s.trim() && !s.trimStart().startsWith("#")) nodes++;
    if (nodes + flow.items > maxNodes) return { reason: "too_many_nodes" };
    start = end + 1;
    line++;
  }
  return undefined;
}

/** The first line (1-based) where nesting passes `max`, or undefined. */
export function yamlTooDeep(text: string, max = MAX_YAML_DEPTH): number | undefined {
  const found = yamlTooBig(text, max, Number.POSITIVE_INFINITY);
  return found?.reason === "too_deep" ? found.line : undefined;
}
