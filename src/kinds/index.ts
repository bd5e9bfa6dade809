// Document kinds as data: metadata, schemas, rules. The only place a kind id appears.
export { listKinds, findKind, fieldLabel } from "./registry.js";
export { retirementDate, retirementAgeMonths } from "./retirement.js";
export { districtWord, afterDistrictReform } from "./district.js";
export { TEMPLATES_DIR } from "./meta.js";
export { kindJsonSchema } from "./json-schema.js";
export { choicesAt, choiceCode, choiceLabel, choiceLabels, normalizeChoices } from "./choices.js";
export type { Choice } from "./choices.js";
export type { KindDefinition, KindMeta, KindVersion, DocFacts, ExpandedRecord, ChoiceSpec, OutputNameParts } from "./types.js";
export type { RotationDecision } from "./rotation-decision/index.js";
