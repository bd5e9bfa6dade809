// Documents: create, list, read (ETag), edit (If-Match → 412), one workflow step per call (409 names the allowed ones).
import { z } from "zod";
import { validateDocument } from "../../index.js";
import { crashPoint, type Store } from "../../store/index.js";
import { ACTIONS, type Action, createDocument, documentState, editDocument, getDocument, listDocuments, performAction, type Actor, type CommitWith, type DocumentView } from "../../workflow/index.js";
import { keepFiles, renderBoth, type RenderSettings } from "../doc-files.js";
import type { RenderQueue } from "../render-queue.js";
import { numberSigned, signDocument } from "../signing.js";
import { HttpProblem, requestIssue, withMessages } from "../problem.js";
import { recordField } from "./preview.js";
import type { Answer, Api, KeepAnswer, Principal } from "../route.js";
import { refusalExtra, statusOf } from "../status.js";

export const documentId = z.strictObject({ id: z.uuid() });
const listQuery = z.strictObject({
  state: z.string().max(20).optional(),
  kind: z.string().max(64).optional(),
  year: z.coerce.number().int().min(1945).max(9999).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
const actionParams = z.strictObject({ id: z.uuid(), action: z.enum(ACTIONS) });
const actionBody = z.strictObject({ comment: z.string().max(2000).optional(), registerId: z.uuid().optional() }).optional();

export const actorOf = (p: Principal<Actor> | undefined): Actor => p!.actor;

/** A workflow refusal as an HTTP problem (404, 403, 409 with allowed actions, 412, 422). */
export function refuse(issues: Parameters<typeof statusOf>[0]): never {
  throw new HttpProblem(statusOf(issues), issues, refusalExtra(issues));
}

/** Whom a record is about, for lists: the people of a decision, or the person of a sheet or review (no kind named). */
function subjectOf(record: Record<string, unknown>): string {
  const names = (Array.isArray(record.people) ? record.people : [record.person ?? record])
    .map((p) => (p && typeof p === "object" ? String((p as Record<string, unknown>).fullName ?? "") : ""))
    .filter(Boolean);
  return names.length > 1 ? `${names[0]} và ${names.length - 1} người khác` : (names[0] ?? "");
}
export const summary = (d: DocumentView) => ({ id: d.id, kind: d.kind, state: d.state, subject: subjectOf(d.record), number: d.number, numberText: d.numberText, revision: d.revision, etag: d.etag, allowedActions: d.allowedActions, createdAt: d.createdAt, updatedAt: d.updatedAt });
export const etagHeader = (etag: string) => ({ etag: `"${etag}"` });
/** If-Match as sent (`"3-ab…"`, W/ and quotes stripped). */
export const ifMatch = (value: string | string[] | undefined): string | undefined => (typeof value === "string" ? value.replace(/^W\//, "").replace(/^"|"$/g, "") : undefined);

/** Validates and renders the record (422 on errors); the number is the register's, so none is rendered into a draft. */
async function rendered(record: Record<string, unknown>, settings: RenderSettings, at: Date) {
  const { number: _n, ...draft } = record;
  const r = await renderBoth(draft, settings, at);
  if (!r.ok) throw new HttpProblem(422, r.issues);
  return r;
}

/** The write's answer, kept under the Idempotency-Key in the write's own transaction. */
export const keeping = (keep: KeepAnswer, answer: (d: DocumentView) => Answer): CommitWith => (tx, d) => keep(tx, answer(d));

type ActOptions = { comment?: string; registerId?: string; etag?: string; commitWith?: CommitWith };

/** `sign` and the numbering of a signed document carry the digital signatures (signing.ts); the rest are workflow steps. */
async function act(store: Store, settings: RenderSettings, actor: Actor, p: { id: string; action: Action }, o: ActOptions) {
  if (p.action === "sign") return signDocument(store, settings, actor, p.id, o);
  // One column read first: the full document (history, files, comments) only for a signed one, not on every number of a burst.
  if (p.action === "number" && (await documentState(store, actor, p.id)) === "signed") {
    const found = await getDocument(store, actor, p.id);
    if (found.ok && found.value.state === "signed" && found.value.allowedActions.includes("number")) return numberSigned(store, settings, actor, found.value, o);
  }
  return performAction(store, actor, p.id, p.action, { ...o, now: settings.now() });
}

export function documentRoutes(api: Api<Actor>, store: Store, settings: RenderSettings, renders: RenderQueue): void {
  api.route({
    method: "POST", url: "/api/documents", summary: "Tạo dự thảo từ bản ghi", tag: "documents", auth: true, headers: ["Idempotency-Key"],
    body: z.strictObject({ record: recordField }),
    responses: { 201: { description: "{id, state: draft, issues, etag}" }, 422: { description: "Bản ghi có lỗi" } },
    handler: async ({ body, principal, keep }) => {
      const at = settings.now();
      const r = await rendered(body.record, settings, at);
      const answer = (d: DocumentView): Answer => ({ status: 201, body: { id: d.id, state: d.state, issues: withMessages(r.issues), etag: d.etag }, headers: { ...etagHeader(d.etag), location: `/api/documents/${d.id}` } });
      const made = await createDocument(store, actorOf(principal), { kind: r.value.kind, record: body.record, version: r.value.version, profile: r.value.profile }, { now: at, commitWith: keeping(keep, answer) });
      if (!made.ok) refuse(made.issues);
      const d = made.value;
      crashPoint("create-committed");
      await keepFiles(store, actorOf(principal), { id: d.id, record: d.record, revision: d.revision, updatedAt: d.updatedAt }, r.value.files, at);
      return answer(d);
    },
  });
  api.route({
    method: "GET", url: "/api/documents", summary: "Văn bản của đơn vị (lọc, phân trang)", tag: "documents", auth: true, query: listQuery,
    responses: { 200: { description: "{items, total}" } },
    handler: async ({ query, principal }) => {
      const r = await listDocuments(store, actorOf(principal), query);
      return { status: 200, body: { items: r.items.map(summary), total: r.total } };
    },
  });
  api.route({
    method: "GET", url: "/api/documents/:id", summary: "Một văn bản với lịch sử, tệp và ETag", tag: "documents", auth: true, params: documentId,
    responses: { 200: { description: "{id, kind, state, record, issues, number?, register?, files, history}" }, 404: { description: "Không có (hoặc của đơn vị khác)" } },
    handler: async ({ params, principal }) => {
      const r = await getDocument(store, actorOf(principal), params.id);
      if (!r.ok) refuse(r.issues);
      const d = r.value;
      const issues = withMessages(validateDocument(d.record).issues);
      return { status: 200, body: { ...d, register: d.registerId, issues }, headers: etagHeader(d.etag) };
    },
  });
  api.route({
    method: "PUT", url: "/api/documents/:id", summary: "Sửa dự thảo (bắt buộc If-Match)", tag: "documents", auth: true, params: documentId, headers: ["If-Match", "Idempotency-Key"],
    body: z.strictObject({ record: recordField }),
    responses: { 200: { description: "{id, state, issues, etag}" }, 412: { description: "Người khác đã sửa trước" }, 428: { description: "Thiếu If-Match" } },
    handler: async ({ req, params, body, principal, keep }) => {
      const etag = ifMatch(req.headers["if-match"]);
      if (!etag) throw new HttpProblem(428, [requestIssue("precondition_required")]);
      const at = settings.now();
      const r = await rendered(body.record, settings, at);
      const answer = (d: DocumentView): Answer => ({ status: 200, body: { id: d.id, state: d.state, issues: withMessages(r.issues), etag: d.etag }, headers: etagHeader(d.etag) });
      const changed = await editDocument(store, actorOf(principal), params.id, { record: body.record, etag }, { now: at, commitWith: keeping(keep, answer) });
      if (!changed.ok) refuse(changed.issues);
      const d = changed.value;
      await keepFiles(store, actorOf(principal), { id: d.id, record: d.record, revision: d.revision, updatedAt: d.updatedAt }, r.value.files, at);
      return answer(d);
    },
  });
  api.route({
    method: "POST", url: "/api/documents/:id/actions/:action", summary: "Một bước quy trình: submit, approve, return, sign, number, issue, cancel, revoke", tag: "documents", auth: true,
    params: actionParams, body: actionBody, headers: ["If-Match", "Idempotency-Key"],
    responses: { 200: { description: "Văn bản sau bước này" }, 403: { description: "Vai trò không được làm" }, 409: { description: "Trạng thái không cho phép; allowedActions" } },
    handler: async ({ req, params, body, principal, keep }) => {
      const answer = (d: DocumentView): Answer => ({ status: 200, body: summary(d), headers: etagHeader(d.etag) });
      const o = { comment: body?.comment, registerId: body?.registerId, etag: ifMatch(req.headers["if-match"]), commitWith: keeping(keep, answer) };
      const r = await act(store, settings, actorOf(principal), params, o);
      if (!r.ok) refuse(r.issues);
      const d = r.value;
      // The number and date go into the files right after the answer; should this process die first, the files route renders them.
      if (params.action === "number") renders.add(actorOf(principal), d);
      return answer(d);
    },
  });
}
