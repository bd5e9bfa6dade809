// Error handling: known request failures become Vietnamese issues; anything else is a 500 with an id in the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpProblem, requestIssue, sendProblem } from "./problem.js";

export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 20 * 1024 * 1024;

/** Fastify's and its plugins' own error codes that are the request's fault. */
function known(err: FastifyError, limit: number): { status: number; issue: ReturnType<typeof requestIssue> } | undefined {
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_FILES_LIMIT":
    case "FST_PARTS_LIMIT":
      return { status: 413, issue: requestIssue("request_too_large", { max: limit }) };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, issue: requestIssue("unsupported_media_type", { expected: "application/json" }) };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
    case "FST_PROTO_VIOLATION":
      return { status: 400, issue: requestIssue("request_invalid", { reason: err.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ? "nội dung trống" : "sai cú pháp" }) };
    default:
      return undefined;
  }
}

export function registerErrors(app: FastifyInstance, page?: (req: FastifyRequest, reply: FastifyReply) => boolean): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpProblem) return sendProblem(reply, err.status, err.issues, err.extra);
    const limit = req.url.startsWith("/api/batches") ? UPLOAD_LIMIT : JSON_BODY_LIMIT;
    const k = known(err, limit);
    if (k) return sendProblem(reply, k.status, [k.issue]);
    if (err.statusCode === 429) return sendProblem(reply, 429, [requestIssue("login_rate_limited", {})]);
    // A bug or an outage: the log keeps the stack under the request's id, the client gets the id only.
    req.log.error({ err, errorId: req.id }, "internal error");
    return sendProblem(reply, 500, [requestIssue("internal_error", { errorId: req.id })], { errorId: req.id });
  });
  app.setNotFoundHandler((req, reply) => {
    // A page of the web app (a GET outside /api/ with no file extension) is the app's index.html.
    if (page?.(req, reply)) return reply;
    return sendProblem(reply, 404, [requestIssue("route_not_found", { method: req.method, url: req.url.split("?")[0] })]);
  });
}
