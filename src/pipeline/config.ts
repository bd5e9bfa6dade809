// Organisation configuration: profile overrides within the allowed ranges and an optional owned font.
import { z } from "zod";
import { fail, issue, ok, type Io, type Issue, type Result } from "../core/index.js";
import { bundledFonts, TEXT_FACES, type FontSet } from "../layout/index.js";
import { applyOverrides, PROFILES, profileOverridesSchema, type ProfileId, type ProfileOverrides } from "../profiles/index.js";

const configSchema = z
  .object({
    profiles: z.object({ nd30: profileOverridesSchema, party: profileOverridesSchema }).partial().strict().optional(),
    /** Paths to Times New Roman (or another metric-compatible serif) files the organisation owns. */
    fonts: z.object({ regular: z.string(), bold: z.string(), italic: z.string(), boldItalic: z.string() }).strict().optional(),
  })
  .strict();

export interface LoadedConfig {
  overrides: Partial<Record<ProfileId, ProfileOverrides>>;
  fonts?: FontSet;
}

export async function loadConfig(path: string, io: Io): Promise<Result<LoadedConfig>> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(await io.readFile(path)));
  } catch {
    return fail([{ ...issue("config_invalid", [], { option: path }), source: { file: path } }]);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) => ({ ...issue("config_invalid", i.path.map(String), { option: i.path.join(".") }), source: { file: path } }));
    return fail(issues);
  }
  // Range checks up front, once, rather than on every record.
  const overrides = parsed.data.profiles ?? {};
  const rangeIssues = (Object.entries(overrides) as [ProfileId, ProfileOverrides][]).flatMap(([id, o]) => {
    const applied = applyOverrides(PROFILES[id], o);
    return applied.ok ? [] : applied.issues.map((i) => ({ ...i, params: { ...i.params, option: `profiles.${id}.${String(i.params.option)}` }, source: { file: path } }));
  });
  if (rangeIssues.length) return fail(rangeIssues);
  let fonts: FontSet | undefined;
  if (parsed.data.fonts) {
    const f = parsed.data.fonts;
    const text = await Promise.all(TEXT_FACES.map(async (face) => [face, await io.readFile(f[face as keyof typeof f])] as const));
    // The organisation's font replaces the text faces; the boxes ☐ ☒ keep the bundled symbol face.
    const files = { ...bundledFonts().files, ...Object.fromEntries(text) } as FontSet["files"];
    fonts = { family: "Times New Roman", files };
  }
  return ok({ overrides, fonts });
}
