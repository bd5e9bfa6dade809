// Organisation configuration: profile overrides within the allowed ranges and an optional owned font.
import { z } from "zod";
import { fail, issue, ok, type Io, type Issue, type Result } from "../core/index.js";
import { FACES, type FontSet } from "../layout/index.js";
import { profileOverridesSchema, type ProfileId, type ProfileOverrides } from "../profiles/index.js";

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
  } catch (err) {
    return fail([{ ...issue("config_invalid", [], { detail: (err as Error).message }), source: { file: path } }]);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) => ({ ...issue("config_invalid", i.path.map(String), { detail: i.code }), source: { file: path } }));
    return fail(issues);
  }
  let fonts: FontSet | undefined;
  if (parsed.data.fonts) {
    const f = parsed.data.fonts;
    const files = Object.fromEntries(await Promise.all(FACES.map(async (face) => [face, await io.readFile(f[face])]))) as FontSet["files"];
    fonts = { family: "Times New Roman", files };
  }
  return ok({ overrides: parsed.data.profiles ?? {}, fonts });
}
