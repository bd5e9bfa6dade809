// Workbooks for clerks: input forms generated from a kind's schema, and error workbooks after a run.
export { buildForm, workbookBytes, stampWorkbook } from "./form.js";
export type { FormOptions } from "./form.js";
export { fillForm } from "./fill.js";
export { sampleRecord, placeholderRecord, INPUTS_DIR } from "./example.js";
export { buildErrorWorkbook } from "./errors.js";
export { sortIssues } from "./problems-sheet.js";
export { workbookState } from "./guard.js";
export type { WorkbookState } from "./guard.js";
export { CLI_COMMAND } from "./words.js";
