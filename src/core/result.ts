// Stage results: a value plus every issue found, or only the issues when the value is unusable.
import { hasErrors, type Issue } from "./issues.js";

export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T, issues: Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });

/** Ok unless an error-severity issue is present; warnings ride along with the value. */
export const fromIssues = <T>(value: T, issues: Issue[]): Result<T> =>
  hasErrors(issues) ? fail(issues) : ok(value, issues);
