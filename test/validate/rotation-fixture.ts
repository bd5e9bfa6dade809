// The valid rotation decision fixture, with a helper to derive bad variants from a fresh copy.
import { readFileSync } from "node:fs";

const text = readFileSync(new URL("../fixtures/rotation-valid.json", import.meta.url), "utf8");

type Json = Record<string, unknown> & { people: Array<Record<string, unknown>> };

/** A fresh copy of the fixture, changed by `edit` (mutate freely). */
export function rotation(edit: (r: Json) => void = () => {}): Json {
  const r = JSON.parse(text) as Json;
  edit(r);
  return r;
}
