// Codes in an issue's params (`deputy`, `nd30`, `nd90-2020`) turned into the clerk's words before a message is built.
import type { Issue, IssuePath } from "../core/index.js";
import { choiceLabel, choicesAt, type Choice, type KindDefinition } from "../kinds/index.js";
import type { Params } from "./context.js";

const patternOf = (path: IssuePath): string => path.map((p) => (typeof p === "number" ? "*" : p)).join(".");

/** `head, deputy` → `"Cấp trưởng ký trực tiếp", "KT. (ký thay)"` (labels may hold commas, so each is quoted). */
function listed(choices: readonly Choice[], codes: string): string {
  return codes
    .split(/,\s*/)
    .map((c) => `"${choiceLabel(choices, c)}"`)
    .join(", ");
}

/** The params with every code of a worded choice in clerk wording: the field's own options, and the profile, mode and version named. */
export function inClerkWords(issue: Issue, kind: KindDefinition | undefined): Params {
  if (!kind) return issue.params;
  const p: Record<string, string | number | boolean | undefined> = { ...issue.params };
  const here = choicesAt(kind, patternOf(issue.path));
  for (const key of ["options", "allowed"] as const) {
    const v = p[key];
    if (here && typeof v === "string") p[key] = listed(here, v);
  }
  const named: Array<[string, string]> = [
    ["profile", "profile"],
    ["version", "version"],
    ["mode", patternOf([...issue.path.slice(0, -1), "mode"])],
  ];
  for (const [key, pattern] of named) {
    const v = p[key];
    const choices = choicesAt(kind, pattern);
    if (typeof v === "string" && choices) p[key] = choiceLabel(choices, v);
  }
  return p;
}
