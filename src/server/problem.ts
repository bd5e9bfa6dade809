// Issue answers: every machine-readable issue travels with its Vietnamese message, as the CLI's --json.
import type { FastifyReply } from "fastify";
import { formatIssue, type Issue, type IssueCode } from "../index.js";

export type IssueWithMessage = Issue & { message: string };

export const withMessages = (issues: readonly Issue[]): IssueWithMessage[] => issues.map((i) => ({ ...i, message: formatIssue(i) }));

/** One issue of the request itself (no record path). */
export const requestIssue = (code: IssueCode, params: Issue["params"] = {}, path: Issue["path"] = []): Issue => ({ code, path, params, severity: "error" });

/** A problem answer: `{message, issues}` where message is the first issue's text. */
export function problemBody(issues: readonly Issue[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const list = withMessages(issues);
  return { message: list[0]?.message ?? "", issues: list, ...extra };
}

/** Sends a problem answer with its status. */
export function sendProblem(reply: FastifyReply, status: number, issues: readonly Issue[], extra: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send(problemBody(issues, extra));
}

/** An error a route throws to answer with issues (a person's problem, not a bug). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly Issue[],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`HTTP ${status}: ${issues.map((i) => i.code).join(", ")}`);
  }
}
