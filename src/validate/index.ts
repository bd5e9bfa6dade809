// Validate stage: picks a record's kind and checks it against the kind's schema and rules.
export { resolveKind } from "./resolve-kind.js";
export { validateRecord } from "./validate-record.js";
