// Shared primitives of every stage: issues, results, I/O, dates, safe paths.
export { ISSUE_CODES, issue, hasErrors, withSource } from "./issues.js";
export type { Issue, IssueCode, IssuePath, IssueSource, Severity } from "./issues.js";
export { ok, fail, fromIssues } from "./result.js";
export type { Result } from "./result.js";
export { nodeIo, fixedClock } from "./io.js";
export { readRegularFile, readFailure, FileRefusedError } from "./read-regular.js";
export { writeFileAtomic, writeTemp, writeTempSync, commitTemp, discardTemp, atomicTempPid } from "./atomic-write.js";
export type { Io } from "./io.js";
export { slugify, resolveInside } from "./paths.js";
export { parseDate, isValidDate, toIso, fromIso, compareDates, addMonths, monthsBetween, formatShort, BLANK_DATE } from "./dates.js";
export type { CalendarDate } from "./dates.js";
export { SIGN_CODES, SignError } from "./sign-codes.js";
export type { SignCode } from "./sign-codes.js";
export { crashPoint } from "./crash-point.js";
export { processAlive } from "./process-alive.js";
export type { CrashPoint } from "./crash-point.js";
