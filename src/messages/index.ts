// Messages for clerks: Vietnamese text for issues, from one table keyed by issue code.
export { formatIssue, formatIssues, issueMessage, summaryLine } from "./format.js";
export type { RunCounts } from "./format.js";
export { MESSAGES } from "./table.js";
export type { MessageContext, MessageTable } from "./context.js";
export { SIGN_MESSAGES, signMessage } from "./sign-messages.js";
