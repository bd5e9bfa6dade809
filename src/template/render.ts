// Template stage: validated input + kind version + profile → document model.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fail, issue, ok, type Result } from "../core/index.js";
import type { KindDefinition, KindVersion } from "../kinds/index.js";
import type { Block } from "../model/index.js";
import { compileTemplate } from "./engine.js";
import { parseMarkup } from "./markup.js";

const sources = new Map<string, string>();

function readSource(path: string): string {
  let s = sources.get(path);
  if (s === undefined) {
    s = readFileSync(path, "utf8");
    sources.set(path, s);
  }
  return s;
}

/** Handlebars names the line of a parse error as "Parse error on line N". */
const lineOf = (detail: string): number | undefined => {
  const m = /(?:on line|\(line) (\d+)/.exec(detail);
  return m ? Number(m[1]) : undefined;
};

export interface TemplateRef {
  kind: KindDefinition;
  version: KindVersion;
  profile: string;
  /** Folder holding templates/<kind>/; a user-supplied folder is untrusted input like any other. */
  templatesDir: string;
}

/** Renders the kind's template with the input's view and parses the markup into blocks. */
export function renderTemplate(ref: TemplateRef, input: unknown): Result<Block[]> {
  const file = ref.version.templates[ref.profile];
  if (!file) return fail([issue("profile_not_allowed", ["profile"], { profile: ref.profile, kind: ref.kind.meta.id })]);
  try {
    const source = readSource(join(ref.templatesDir, ref.kind.meta.id, file));
    const markup = compileTemplate(source)(ref.kind.view(input as never, ref.profile));
    const parsed = parseMarkup(markup);
    return parsed.blocks ? ok(parsed.blocks) : fail(parsed.issues.map((i) => ({ ...i, params: { ...i.params, template: `${ref.kind.meta.id}/${file}` } })));
  } catch (err) {
    // A template is untrusted input: whatever it does wrong (a banned construct, a strict-mode miss, a helper
    // given a number, a missing file) is that template's error, reported, never a crash of the batch.
    const detail = err instanceof Error ? err.message : String(err);
    const line = lineOf(detail);
    return fail([issue("template_error", [], { detail, template: `${ref.kind.meta.id}/${file}`, line })]);
  }
}
