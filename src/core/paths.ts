// Safe output names: ASCII slugs built from document data, never a path taken from input.
import { isAbsolute, relative, resolve } from "node:path";

/** Strips Vietnamese marks (đ → d too) and anything outside [a-z0-9-]. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "van-ban";
}

/** Resolves name inside root and refuses anything that would land outside it. */
export function resolveInside(root: string, name: string): string {
  const base = resolve(root);
  const target = resolve(base, name);
  const rel = relative(base, target);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`internal: output path escapes the output folder: ${name}`);
  }
  return target;
}
