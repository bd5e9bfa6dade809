// One record → one document: validate, pick profile and regime, template, layout, both backends.
import { fail, hasErrors, issue, ok, withSource, type Issue, type Result } from "../core/index.js";
import { renderDocx } from "../backends/docx/index.js";
import { renderPdf } from "../backends/pdf/index.js";
import { TEMPLATES_DIR, type DocFacts, type KindDefinition } from "../kinds/index.js";
import { bundledFonts, layoutDocument, Metrics, type FontSet, type LaidDoc } from "../layout/index.js";
import type { DocModel } from "../model/index.js";
import { applyOverrides, isProfileId, PROFILES, type Profile, type ProfileId, type ProfileOverrides } from "../profiles/index.js";
import { renderTemplate } from "../template/index.js";
import { resolveKind, validateRecord } from "../validate/index.js";
import { checkModel } from "./model-checks.js";
import { selectProfileAndVersion } from "./select.js";

export type OutputFormat = "docx" | "pdf";

export interface RenderOptions {
  formats: readonly OutputFormat[];
  /** The pipeline's clock: creation dates in metadata. Fix it for reproducible output. */
  now: () => Date;
  fonts?: FontSet;
  overrides?: Partial<Record<ProfileId, ProfileOverrides>>;
  templatesDir?: string;
  /** Treat warnings as errors: nothing is written for a record with any warning. */
  strict?: boolean;
  /** Write PDF/A-2b (archival) instead of plain PDF 1.7. */
  pdfa?: boolean;
  /** Leave the header's day and month open for the body's signature (a document signed before numbering). */
  openDate?: boolean;
}

export interface RenderedDocument {
  kind: string;
  version: string;
  profile: string;
  facts: DocFacts;
  model: DocModel;
  laid: LaidDoc;
  pages: number;
  files: Partial<Record<OutputFormat, Uint8Array>>;
}

const metricsCache = new WeakMap<FontSet, Metrics>();
export function metricsFor(fonts: FontSet): Metrics {
  let m = metricsCache.get(fonts);
  if (!m) metricsCache.set(fonts, (m = new Metrics(fonts)));
  return m;
}

function profileFor(id: string, opts: RenderOptions): Result<Profile> {
  if (!isProfileId(id)) return fail([{ code: "unknown_profile", path: ["profile"], params: { profile: id }, severity: "error" }]);
  const o = opts.overrides?.[id];
  return o ? applyOverrides(PROFILES[id], o) : ok(PROFILES[id]);
}

/** Builds the document model of a valid record (no layout, no files). */
export function buildModel(data: unknown, opts: RenderOptions): Result<{ kind: KindDefinition; facts: DocFacts; profile: Profile; model: DocModel }> {
  const kind = resolveKind(data);
  if (!kind.ok) return fail(kind.issues);
  // A bundle is many documents: only a batch (render, or a final batch of the service) expands it into them.
  if (kind.value.expand) return fail([issue("bundle_not_single", [], { kind: kind.value.meta.title })]);
  const tag = (list: Issue[]) => withSource(list, { kind: kind.value.meta.id });
  const valid = validateRecord(kind.value, data);
  if (!valid.ok) return fail(tag(valid.issues));
  const issues: Issue[] = tag(valid.issues);
  const facts = kind.value.facts(valid.value as never);
  const sel = selectProfileAndVersion(kind.value, facts);
  if (!sel.ok) return fail([...issues, ...tag(sel.issues)]);
  const profile = profileFor(sel.value.profile, opts);
  if (!profile.ok) return fail([...issues, ...tag(profile.issues)]);
  const ref = { kind: kind.value, version: sel.value.version, profile: sel.value.profile, templatesDir: opts.templatesDir ?? TEMPLATES_DIR };
  const blocks = renderTemplate(ref, valid.value);
  if (!blocks.ok) return fail([...issues, ...tag(blocks.issues)]);
  const model: DocModel = {
    meta: {
      kind: kind.value.meta.id,
      version: sel.value.version.id,
      profile: sel.value.profile,
      title: facts.title,
      subject: facts.subject,
      author: facts.author,
      createdAt: opts.now().toISOString(),
    },
    blocks: opts.openDate ? blocks.value.map((b) => (b.type === "header" ? { ...b, openDate: true } : b)) : blocks.value,
  };
  return ok({ kind: kind.value, facts, profile: profile.value, model }, issues);
}

export async function renderRecord(data: unknown, opts: RenderOptions): Promise<Result<RenderedDocument>> {
  const built = buildModel(data, opts);
  if (!built.ok) return built;
  const fonts = opts.fonts ?? bundledFonts();
  const metrics = metricsFor(fonts);
  const { kind, facts, profile, model } = built.value;
  const issues = [...built.issues, ...withSource(checkModel(model, profile, metrics), { kind: kind.meta.id })];
  if (hasErrors(issues) || (opts.strict && issues.length)) return fail(issues);
  const laid = layoutDocument(model, profile, metrics);
  const files: RenderedDocument["files"] = {};
  if (opts.formats.includes("docx")) files.docx = await renderDocx(laid);
  if (opts.formats.includes("pdf")) files.pdf = await renderPdf(laid, fonts, { pdfa: opts.pdfa });
  return ok({ kind: kind.meta.id, version: model.meta.version, profile: profile.id, facts, model, laid, pages: laid.pages.length, files }, issues);
}
