// One way to declare a route: zod schemas parse the request and describe it in OpenAPI; auth, CSRF and idempotency wrap the handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { requestIssues } from "../index.js";
import type { OperationDoc } from "./openapi.js";
import { HttpProblem, requestIssue, sendProblem } from "./problem.js";

/** Who calls: a person through a session cookie or another system through a bearer token. */
export interface Principal<A = unknown> {
  actor: A;
  via: "session" | "token";
  /** The session's or token's id (idempotency keys are kept per caller). */
  credentialId: string;
}

/** What a handler answers: JSON (kept for idempotent replays) or bytes with their content type. */
export interface Answer {
  status: number;
  body: unknown;
  type?: string;
  headers?: Record<string, string>;
  /** The body an Idempotency-Key replay gives instead (a password or token shown once is never kept in the database). */
  kept?: unknown;
}

export interface Guard<A = unknown> {
  authenticate(req: FastifyRequest): Promise<Principal<A> | undefined>;
  /** Runs a write once per Idempotency-Key (replays the kept answer otherwise). */
  idempotent(req: FastifyRequest, principal: Principal<A> | undefined, run: () => Promise<Answer>): Promise<Answer>;
}

export interface Input<B, Q, P, A> {
  req: FastifyRequest;
  reply: FastifyReply;
  body: B;
  query: Q;
  params: P;
  principal: Principal<A> | undefined;
}

export interface RouteDef<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, A> extends Omit<OperationDoc, "body" | "query" | "params"> {
  body?: B;
  query?: Q;
  params?: P;
  bodyLimit?: number;
  /** A POST that changes nothing (preview, login): no Idempotency-Key bookkeeping. */
  readOnly?: boolean;
  /** Multipart routes read the body themselves (and keep their Idempotency-Key with the upload's digest). */
  rawBody?: boolean;
  handler(input: Input<z.output<B>, z.output<Q>, z.output<P>, A>): Promise<Answer>;
}

export const CSRF_HEADER = "x-requested-with";
export const CSRF_VALUE = "cadre-docs";

function parsePart<S extends z.ZodType>(schema: S | undefined, value: unknown, status: number): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const r = schema.safeParse(value ?? {}, { reportInput: true });
  if (!r.success) throw new HttpProblem(status, requestIssues(r.error));
  return r.data;
}

/** Writes made with a session cookie carry `X-Requested-With: cadre-docs`; bearer calls are exempt. */
function checkCsrf(req: FastifyRequest, principal: Principal | undefined): void {
  if (req.method === "GET" || req.method === "HEAD" || principal?.via !== "session") return;
  if (req.headers[CSRF_HEADER] !== CSRF_VALUE) throw new HttpProblem(403, [requestIssue("csrf_header_missing")]);
}

export class Api<A> {
  readonly operations: OperationDoc[] = [];
  constructor(
    readonly app: FastifyInstance,
    readonly guard: Guard<A>,
  ) {}

  route<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(def: RouteDef<B, Q, P, A>): void {
    this.operations.push({ ...def, body: def.body, query: def.query, params: def.params });
    this.app.route({
      method: def.method,
      url: def.url,
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      handler: async (req, reply) => {
        const principal = def.auth ? await this.guard.authenticate(req) : undefined;
        if (def.auth && !principal) return sendProblem(reply, 401, [requestIssue("unauthenticated")]);
        checkCsrf(req, principal);
        // Ids come first: a bad id is a 400 before anything else is read.
        const params = parsePart(def.params, req.params, 400);
        const query = parsePart(def.query, req.query, 400);
        const body = def.rawBody ? (undefined as z.output<B>) : parsePart(def.body, req.body, 400);
        const run = () => def.handler({ req, reply, body, query, params, principal });
        const answer = def.method === "GET" || def.readOnly || def.rawBody ? await run() : await this.guard.idempotent(req, principal, run);
        if (reply.sent) return reply;
        if (answer.headers) reply.headers(answer.headers);
        reply.code(answer.status);
        if (answer.type) reply.type(answer.type);
        return reply.send(answer.body);
      },
    });
  }
}
