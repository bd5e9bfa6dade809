// Format profiles as data: nd30 (state) and party, with validated organisation overrides.
export { nd30 } from "./nd30.js";
export { party } from "./party.js";
export { PROFILES, isProfileId, applyOverrides, profileOverridesSchema } from "./overrides.js";
export type { ProfileOverrides } from "./overrides.js";
export { mm, cm, toMm } from "./units.js";
export type { Profile, ProfileId, ElementStyle, StyleName, RuleSpec, ListPunctuation, Align } from "./types.js";
