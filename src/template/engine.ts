// An isolated, strict Handlebars: our helpers only, no partials from input, no prototype access.
import Handlebars from "handlebars";
import { TEMPLATE_HELPERS } from "./helpers.js";

const hb = Handlebars.create();
for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) {
  // Handlebars passes its options hash last; our helpers take only the leading arguments.
  hb.registerHelper(name, (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1)));
}

export type CompiledTemplate = (context: Record<string, unknown>) => string;

const cache = new Map<string, CompiledTemplate>();

/** Compiles once per source text. `strict` makes a misspelt field an error instead of empty text. */
export function compileTemplate(source: string): CompiledTemplate {
  let fn = cache.get(source);
  if (!fn) {
    if (/\{\{\{|\{\{&/.test(source)) throw new TemplateSourceError("unescaped output ({{{ }}} or {{& }}) is not allowed");
    if (/\{\{#>|\{\{>/.test(source)) throw new TemplateSourceError("partials are not allowed");
    const compiled = hb.compile(source, { strict: true, noEscape: false, knownHelpersOnly: false });
    fn = (context) =>
      compiled(context, {
        allowProtoMethodsByDefault: false,
        allowProtoPropertiesByDefault: false,
      });
    cache.set(source, fn);
  }
  return fn;
}

export class TemplateSourceError extends Error {}
