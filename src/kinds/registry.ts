// The closed list of document kinds and lookups over it; the only place kinds are enumerated.
import type { KindDefinition } from "./types.js";
import { rotationDecision } from "./rotation-decision/index.js";
import { assessmentSummary } from "./assessment-summary/index.js";
import { selfReview } from "./self-review/index.js";
import { commitmentRegistration } from "./commitment-registration/index.js";
import { assessmentSheet } from "./assessment-sheet/index.js";
import { yearEndBundle } from "./year-end-bundle/index.js";

const KINDS: readonly KindDefinition[] = [rotationDecision as unknown as KindDefinition, assessmentSummary as unknown as KindDefinition, selfReview as unknown as KindDefinition, commitmentRegistration as unknown as KindDefinition, assessmentSheet as unknown as KindDefinition, yearEndBundle as unknown as KindDefinition];
const BY_ID = new Map(KINDS.map((k) => [k.meta.id, k]));

export const listKinds = (): readonly KindDefinition[] => KINDS;
export const findKind = (id: string): KindDefinition | undefined => BY_ID.get(id);

/** The label of a field path like ["people", 2, "birthDate"], trying `people.*.birthDate` then parents. */
export function fieldLabel(kind: KindDefinition | undefined, path: ReadonlyArray<string | number>): string | undefined {
  if (!kind) return undefined;
  const parts = path.map((p) => (typeof p === "number" ? "*" : p));
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join(".");
    if (Object.hasOwn(kind.meta.labels, key)) return kind.meta.labels[key];
  }
  return undefined;
}
