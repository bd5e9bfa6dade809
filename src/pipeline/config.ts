// Organisation configuration: profile overrides within the allowed ranges and an optional owned font.
import { z } from "zod";
import { fail, issue, ok, readFailure, type Io, type Issue, type Result } from "../core/index.js";
import { bundledFonts, TEXT_FACES, type FontSet } from "../layout/index.js";
import { applyOverrides, PROFILES, profileOverridesSchema, type ProfileId, type ProfileOverrides } from "../profiles/index.js";
import { configShapeIssues } from "./config-keys.js";
import { checkFont, MAX_FONT_BYTES } from "./font-check.js";

const configSchema = z
  .object({
    profiles: z.object({ nd30: profileOverridesSchema, party: profileOverridesSchema }).partial().strict().optional(),
    /** Paths to Times New Roman (or another metric-compatible serif) files the organisation owns. */
    fonts: z.object({ regular: z.string(), bold: z.string(), italic: z.string(), boldItalic: z.string() }).strict().optional(),
  })
  .strict();

/** A configuration file is a few hundred bytes; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  overrides: Partial<Record<ProfileId, ProfileOverrides>>;
  fonts?: FontSet;
}

type FaceName = "regular" | "bold" | "italic" | "boldItalic";

/** A regular file within the limit, or the issue saying why not (a FIFO or /dev/zero is never read). */
async function readLimited(path: string, io: Io, max: number): Promise<Uint8Array | { reason: string; size?: number }> {
  try {
    const bytes = await io.readFile(path, max);
    return bytes.length > max ? { reason: "too_large", size: bytes.length } : bytes;
  } catch (err) {
    return { reason: readFailure(err), size: (err as { size?: number }).size };
  }
}

async function readConfigJson(path: string, io: Io): Promise<{ raw: unknown } | Issue> {
  const bytes = await readLimited(path, io, MAX_CONFIG_BYTES);
  if (!(bytes instanceof Uint8Array)) {
    if (bytes.reason === "too_large") return issue("file_too_large", [], { size: bytes.size, max: MAX_CONFIG_BYTES });
    return issue("file_unreadable", [], { reason: bytes.reason });
  }
  try {
    return { raw: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return issue("parse_error", [], { format: "JSON", reason: "config" });
  }
}

/** Each face's file: a regular file, at most MAX_FONT_BYTES, a TrueType font with the Vietnamese letters. */
async function loadFonts(f: Record<FaceName, string>, io: Io): Promise<Result<FontSet>> {
  const issues: Issue[] = [];
  const text: Array<[FaceName, Uint8Array]> = [];
  for (const face of TEXT_FACES as readonly FaceName[]) {
    const got = await readLimited(f[face], io, MAX_FONT_BYTES);
    const reason = got instanceof Uint8Array ? checkFont(got) : got.reason;
    if (!reason) text.push([face, got as Uint8Array]);
    else issues.push(issue("font_invalid", ["fonts", face], { face, font: f[face], reason, max: reason === "too_large" ? MAX_FONT_BYTES : undefined }));
  }
  if (issues.length) return fail(issues);
  // The organisation's font replaces the text faces; the boxes ☐ ☒ keep the bundled symbol face.
  const files = { ...bundledFonts().files, ...Object.fromEntries(text) } as FontSet["files"];
  return ok({ family: "Times New Roman", files });
}

export async function loadConfig(path: string, io: Io): Promise<Result<LoadedConfig>> {
  const at = (list: Issue[]) => fail<LoadedConfig>(list.map((i) => ({ ...i, source: { file: path } })));
  const read = await readConfigJson(path, io);
  if ("code" in read) return at([read]);
  const parsed = configSchema.safeParse(read.raw);
  if (!parsed.success) return at(configShapeIssues(parsed.error.issues, configSchema));
  // Range checks up front, once, rather than on every record.
  const overrides = parsed.data.profiles ?? {};
  const rangeIssues = (Object.entries(overrides) as [ProfileId, ProfileOverrides][]).flatMap(([id, o]) => {
    const applied = applyOverrides(PROFILES[id], o);
    return applied.ok ? [] : applied.issues.map((i) => ({ ...i, params: { ...i.params, option: `profiles.${id}.${String(i.params.option)}` } }));
  });
  if (rangeIssues.length) return at(rangeIssues);
  if (!parsed.data.fonts) return ok({ overrides });
  const fonts = await loadFonts(parsed.data.fonts, io);
  return fonts.ok ? ok({ overrides, fonts: fonts.value }) : at(fonts.issues);
}
