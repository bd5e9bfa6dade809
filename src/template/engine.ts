// An isolated, strict Handlebars: our helpers only, no partials, decorators or unescaped output, no prototype access.
import Handlebars from "handlebars";
import { TEMPLATE_HELPERS } from "./helpers.js";

const hb = Handlebars.create();
for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) {
  // Handlebars passes its options hash last; our helpers take only the leading arguments.
  hb.registerHelper(name, (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1)));
}

export type CompiledTemplate = (context: Record<string, unknown>) => string;

const cache = new Map<string, CompiledTemplate>();

export class TemplateSourceError extends Error {}

/** What each banned node type is, in the error a template author reads. */
const BANNED: Record<string, string> = {
  PartialStatement: "partials ({{> }}) are not allowed",
  PartialBlockStatement: "partial blocks ({{#> }}) are not allowed",
  Decorator: "decorators ({{* }}) are not allowed",
  DecoratorBlock: "inline partials and decorator blocks ({{#* }}) are not allowed",
};

type Node = { type?: unknown; escaped?: unknown; loc?: { start?: { line?: number } } };

/**
 * Walks the parsed template (whatever whitespace control or spelling it uses, `{{~>` as well as `{{>`) and refuses
 * partials, decorators and unescaped output. An explicit stack: a deeply nested template cannot overflow it.
 */
function checkAst(program: hbs.AST.Program): void {
  const stack: unknown[] = [program];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      stack.push(...(n as unknown[]));
      continue;
    }
    if (n === null || typeof n !== "object") continue;
    const node = n as Node;
    const line = node.loc?.start?.line;
    const where = line ? ` (line ${line})` : "";
    if (typeof node.type === "string" && Object.hasOwn(BANNED, node.type)) throw new TemplateSourceError(BANNED[node.type]! + where);
    if (node.type === "MustacheStatement" && node.escaped === false) throw new TemplateSourceError(`unescaped output ({{{ }}} or {{& }}) is not allowed${where}`);
    for (const [k, v] of Object.entries(node)) if (k !== "loc" && v !== null && typeof v === "object") stack.push(v);
  }
}

/** Compiles once per source text. `strict` makes a misspelt field an error instead of empty text. */
export function compileTemplate(source: string): CompiledTemplate {
  let fn = cache.get(source);
  if (!fn) {
    const ast = hb.parse(source);
    checkAst(ast);
    const compiled = hb.compile(ast, { strict: true, noEscape: false, knownHelpersOnly: false });
    fn = (context) =>
      compiled(context, {
        allowProtoMethodsByDefault: false,
        allowProtoPropertiesByDefault: false,
      });
    cache.set(source, fn);
  }
  return fn;
}
